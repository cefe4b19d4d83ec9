-- The public change log is append-only in the database itself, like the audit trail: what was said
-- to be published, and when, cannot be changed or removed through UPDATE, DELETE or TRUNCATE.
CREATE FUNCTION publication_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER publications_no_update_or_delete
  BEFORE UPDATE OR DELETE ON publications
  FOR EACH ROW EXECUTE FUNCTION publication_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER publications_no_truncate
  BEFORE TRUNCATE ON publications
  FOR EACH STATEMENT EXECUTE FUNCTION publication_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER publication_items_no_update_or_delete
  BEFORE UPDATE OR DELETE ON publication_items
  FOR EACH ROW EXECUTE FUNCTION publication_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER publication_items_no_truncate
  BEFORE TRUNCATE ON publication_items
  FOR EACH STATEMENT EXECUTE FUNCTION publication_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER publications_touch_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON publications
  FOR EACH STATEMENT EXECUTE FUNCTION dataset_state_touch();
