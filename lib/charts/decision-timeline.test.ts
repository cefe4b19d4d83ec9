import { describe, expect, it } from 'vitest';
import { buildDecisionTimelineModel, buildDecisionTimelineOption, describeDecisionTimeline } from './decision-timeline';
import { DECISION_PALETTE } from './palette';
import { renderOptionToSvg } from './render-svg';
import { dashboardFixture, labels } from './test-fixtures';

describe('decisions over time', () => {
  const data = dashboardFixture();
  const model = buildDecisionTimelineModel(data);

  it('runs from the guideline to today, month by month, never into the future', () => {
    expect(model.days[0]).toBe('2022-04-30');
    expect(model.days.at(-1)).toBe(data.today);
    expect(model.days.every((day) => day <= data.today)).toBe(true);
    expect(model.days).toContain('2024-02-29');
  });

  it('counts every region once on every day, by the state of its decision in force', () => {
    for (const row of model.rows) expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(21);
    const at = (day: string) => model.rows.find((r) => r.day === day)?.counts;
    // Gotland's and Värmland's June 2022 decisions count from 30 June; Norrbotten's revocation from March 2024.
    expect(at('2022-05-31')?.unknown).toBe(21);
    expect(at('2022-06-30')).toMatchObject({ figure_1100: 1, figure_looser: 1, reduction_no_figure: 1, ambition: 1, unknown: 17 });
    expect(at('2024-03-31')?.revoked).toBe(1);
  });

  it('draws stacked bars in the map’s colours, with the hatch for nothing known, and says what it shows', () => {
    const svg = renderOptionToSvg(buildDecisionTimelineOption(model, labels, 'sv'), { width: 900, height: 560 });
    for (const entry of DECISION_PALETTE) expect(svg).toContain(labels.decision.states[entry.labelKey]);
    expect(svg.toLowerCase()).toContain('#0072b2');
    expect(describeDecisionTimeline(model, labels, 'sv')).toContain('2022-04-30: Inget känt beslut (ingen källa): 21');
  });
});
