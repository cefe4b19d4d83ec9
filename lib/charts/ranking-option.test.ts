import { describe, expect, it } from 'vitest';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { rankingAsOf } from '@/lib/domain/ranking';
import { formatNumber } from '@/lib/i18n/format';
import enComparison from '@/messages/en/comparison.json';
import svComparison from '@/messages/sv/comparison.json';
import { snapshotRows } from './common';
import { buildRankingOption, changeArrow, rankingChartHeight, rankingRows, type ComparisonChartLabels, type RankingOptionInput } from './ranking-option';
import { completeFixture, dashboardFixture, EVIL, evilFixture, labels, labelsEn } from './test-fixtures';

const text: ComparisonChartLabels = svComparison.comparison.chart;
const textEn: ComparisonChartLabels = enComparison.comparison.chart;

const input = (data: DashboardData = dashboardFixture(), asOf = '2024-06-30', highlight: string | null = null): RankingOptionInput => ({
  ranking: rankingAsOf(snapshotRows(data), asOf),
  regions: data.regions,
  labels,
  text,
  locale: 'sv',
  highlight,
});

// The parts of the option the tests read, without ECharts' wide union types.
interface Series {
  id: string;
  type: string;
  name: string;
  data: unknown[];
  itemStyle?: { color?: string };
  lineStyle?: { type?: string };
  markLine?: { data: { xAxis: number }[] };
}
interface OptionView {
  series: Series[];
  legend: { data: { name: string; icon?: string }[] };
  xAxis: { max: number };
  yAxis: { data: string[]; axisLabel: { formatter: (value: string, index: number) => string } };
  tooltip: { formatter: (params: { seriesId: string; dataIndex: number; seriesName: string }) => string };
}
const view = (option: ReturnType<typeof buildRankingOption>) => option as unknown as OptionView;
const seriesOf = (option: OptionView, id: string) => option.series.find((s) => s.id === id);
const labelsOf = (option: OptionView) => option.yAxis.data.map((value, i) => option.yAxis.axisLabel.formatter(value, i));
const n = (value: number) => formatNumber(value, 'sv');

describe('the ranked comparison as a chart', () => {
  it('draws the regions with a figure as bars, lowest first, and the others after under their decision state, never as zero', () => {
    const option = view(buildRankingOption(input()));
    const rows = labelsOf(option);
    // Gotland 1 016.7 (was 1 333.3), Norrbotten 2 203.5 (was 1 666.7), Värmland 2 840 (one report).
    expect(rows.slice(0, 3)).toEqual([
      `{base|1. Region Gotland · ${n(1017)} · ↓ ${n(317)}}`,
      `{base|2. Region Norrbotten · ${n(2204)} · ↑ ${n(537)}}`,
      `{base|3. Region Värmland · ${n(2840)}}`,
    ]);
    const bars = seriesOf(option, 'bars');
    expect(bars?.data.slice(0, 3).map((v) => Math.round(v as number))).toEqual([1017, 2204, 2840]);
    expect(bars?.data.slice(3).every((v) => v === '-')).toBe(true);
    // Then the groups, each under a heading; Kalmar reported without a population to divide by.
    expect(rows[3]).toBe(`{group|Utan siffra: ${labels.decision.states.figure_1100}}`);
    expect(rows[4]).toBe('{base|Region Uppsala}');
    expect(rows).toContain(`{base|Region Kalmar län · ${labels.missing.no_population}}`);
    expect(rows).toContain(`{group|Utan siffra: ${labels.decision.states.unknown}}`);
    expect(rows).toHaveLength(3 + 21 - 3 + 3); // three ranked, eighteen others, three headings
  });

  it('marks each region’s own target, the guideline and Riket, with a legend entry for every mark', () => {
    const option = view(buildRankingOption(input()));
    // Norrbotten's report (2023) is measured against the 1 100 then in force, not the revocation of 2024;
    // Värmland's against its 1 500; Uppsala (no figure) has decided 1 100.
    expect(seriesOf(option, 'targets')?.data).toEqual([
      [1100, 0],
      [1100, 1],
      [1500, 2],
      [1100, 4],
    ]);
    expect(seriesOf(option, 'guideline')?.markLine?.data).toEqual([{ xAxis: 1100 }]);
    // Riket for 2023-12-31 covers three regions, far under 80 % of the population: partial, dotted.
    const national = seriesOf(option, 'national');
    expect(national?.name).toBe(`Riket ${n(594_000 / 273)} (2023-12-31), delvis`);
    // Its legend icon is dotted too.
    expect(option.legend.data.find((entry) => entry.name === national?.name)?.icon).toMatch(/^path:/);
    expect(national?.lineStyle?.type).toBe('dotted');
    expect(national?.markLine?.data[0]?.xAxis).toBeCloseTo(594_000 / 273, 6);
    expect(new Set(option.legend.data.map((entry) => entry.name))).toEqual(new Set(option.series.map((s) => s.name)));
    expect(option.xAxis.max).toBe(3000);
  });

  it('draws a complete Riket as a solid line', () => {
    const option = view(buildRankingOption(input(completeFixture(), '2026-11-30')));
    const national = seriesOf(option, 'national');
    expect(national?.name).not.toContain('delvis');
    expect(national?.lineStyle?.type).toBe('solid');
  });

  it('highlights one region: its own colour and legend entry, its name in bold', () => {
    const option = view(buildRankingOption(input(dashboardFixture(), '2024-06-30', '25')));
    const highlight = seriesOf(option, 'highlight');
    expect(highlight?.name).toBe('Region Norrbotten');
    expect(highlight?.data.map((v) => (v === '-' ? v : Math.round(v as number)))).toEqual(['-', 2204, ...Array(highlight!.data.length - 2).fill('-')]);
    expect(seriesOf(option, 'bars')?.data[1]).toBe('-');
    expect(highlight?.itemStyle?.color).not.toBe(seriesOf(option, 'bars')?.itemStyle?.color);
    expect(seriesOf(option, 'highlight-target')?.data).toEqual([[1100, 1]]);
    expect(labelsOf(option)[1]).toMatch(/^\{highlight\|2\. Region Norrbotten/);
    expect(option.legend.data.map((entry) => entry.name)).toContain('Region Norrbotten');
    expect(new Set(option.legend.data.map((entry) => entry.name))).toEqual(new Set(option.series.map((s) => s.name)));
  });

  it('without any figures (the public record) shows the decided targets, named as decisions, and no Riket', () => {
    const data = { ...dashboardFixture(), reports: [] };
    const option = view(buildRankingOption(input(data, '2024-06-30', '17')));
    expect(seriesOf(option, 'bars')).toBeUndefined();
    expect(seriesOf(option, 'national')).toBeUndefined();
    expect(seriesOf(option, 'targets')?.name).toBe(text.decidedTarget);
    const rows = labelsOf(option);
    expect(rows[0]).toBe(`{group|${labels.decision.states.figure_1100}}`);
    // Norrbotten's 1 100 was revoked in March 2024.
    expect(rows.slice(1, 4)).toEqual([`{base|Region Uppsala · ${n(1100)}}`, `{base|Region Gotland · ${n(1100)}}`, `{group|${labels.decision.states.figure_looser}}`]);
    expect(rows).toContain(`{group|${labels.decision.states.figure_looser}}`);
    expect(rows).toContain(`{highlight|Region Värmland · ${n(1500)}}`);
    expect(seriesOf(option, 'highlight-target')?.name).toBe('Region Värmland');
    expect(new Set(option.legend.data.map((entry) => entry.name))).toEqual(new Set(option.series.map((s) => s.name)));
  });

  it('says in the tooltip the rank, figure, dates, change, own target and decision, escaped', () => {
    const option = view(buildRankingOption({ ...input(evilFixture()), locale: 'en', labels: labelsEn, text: textEn }));
    const tooltip = option.tooltip.formatter({ seriesId: 'bars', dataIndex: 0, seriesName: textEn.bars });
    expect(tooltip).not.toContain(EVIL);
    expect(tooltip).toContain('&lt;img');
    expect(tooltip).toContain('No. 1 of 3');
    expect(tooltip).toContain('2023-12-31');
    expect(tooltip).toContain('1,333 (2022-12-31)');
    expect(tooltip).toContain('↓ 317');
  });

  it('is as tall as its rows', () => {
    const withFigures = input();
    const without = input({ ...dashboardFixture(), reports: [] });
    const rows = (i: RankingOptionInput) => rankingRows(i.ranking, i.regions, 'sv').length;
    expect(rankingChartHeight(withFigures) - rankingChartHeight(without)).toBeGreaterThan((rows(withFigures) - rows(without)) * 40);
  });
});

describe('a change as printed', () => {
  it('has an arrow and whole residents, and nothing when it rounds to zero', () => {
    expect(changeArrow(-316.7, 'sv')).toBe('↓ 317');
    expect(changeArrow(1536.8, 'en')).toBe('↑ 1,537');
    expect(changeArrow(0.4, 'sv')).toBe('');
  });
});
