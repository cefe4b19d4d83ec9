// Only the parts of the charts on axes are registered in this file (each test file has its own module
// registry), as in the browser's chunk for them: every such chart must draw with them alone.
import { use as registerExtensions } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { buildDecisionTimelineModel, buildDecisionTimelineOption } from './decision-timeline';
import { AXIS_CHART_MODULES } from './echarts-axis-modules';
import { missingParts } from './echarts-missing-parts';
import { buildMapOption } from './map-option';
import { buildRankingOption } from './ranking-option';
import { snapshotRows } from './common';
import { rankingAsOf } from '@/lib/domain/ranking';
import svComparison from '@/messages/sv/comparison.json';
import type { SeriesMeasure } from './common';
import { buildSeriesOption } from './series-option';
import { completeFixture, dashboardFixture, labels } from './test-fixtures';

registerExtensions([...AXIS_CHART_MODULES, SVGRenderer]);

describe('AXIS_CHART_MODULES', () => {
  const measures: SeriesMeasure[] = ['residentsPerDoctor', 'gapTo1100', 'shareWithNamedContact'];
  for (const measure of measures) {
    it(`draw the time series of ${measure}, with regions, their targets and decision markers`, () => {
      for (const data of [dashboardFixture(), completeFixture()]) {
        const option = buildSeriesOption({ data, regions: ['09', '17', '25'], measure, labels, locale: 'sv' });
        expect(missingParts(option, 900, 520)).toEqual([]);
      }
    });
  }

  it('draw the decisions over time', () => {
    const option = buildDecisionTimelineOption(buildDecisionTimelineModel(dashboardFixture()), labels, 'sv');
    expect(missingParts(option, 900, 560)).toEqual([]);
  });

  it('draw the ranked comparison, with and without a highlighted region', () => {
    for (const data of [dashboardFixture(), completeFixture()]) {
      for (const highlight of [null, '09']) {
        const option = buildRankingOption({
          ranking: rankingAsOf(snapshotRows(data), '2024-06-30'),
          regions: data.regions,
          labels,
          text: svComparison.comparison.chart,
          locale: 'sv',
          highlight,
        });
        expect(missingParts(option, 900, 900)).toEqual([]);
      }
    }
  });

  it('lack what the map needs (so the checks above can fail)', () => {
    const option = buildMapOption({ data: dashboardFixture(), asOf: '2023-06-30', measure: 'decision', labels, locale: 'sv' });
    expect(missingParts(option).join('\n')).toMatch(/map|VisualMap/i);
  });
});
