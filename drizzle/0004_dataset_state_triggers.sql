-- Any write to a table that feeds public figures moves dataset_state.changed_at forward (never back).
INSERT INTO dataset_state (singleton, changed_at) VALUES (true, now()) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION dataset_state_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dataset_state SET changed_at = greatest(changed_at, clock_timestamp()) WHERE singleton;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER regions_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regions
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
--> statement-breakpoint
CREATE TRIGGER population_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON population
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
--> statement-breakpoint
CREATE TRIGGER guidelines_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON guidelines
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
--> statement-breakpoint
CREATE TRIGGER decisions_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
--> statement-breakpoint
CREATE TRIGGER staffing_reports_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staffing_reports
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
--> statement-breakpoint
CREATE TRIGGER follow_up_rounds_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON follow_up_rounds
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
