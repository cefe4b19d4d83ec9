// Only the map's parts are registered in this file (each test file has its own module registry), as
// in the browser's map chunk: the map must draw with them alone.
import { registerMap, use as registerExtensions } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { swedenRegions } from '@/lib/map/geometry';
import { buildDecisionTimelineModel, buildDecisionTimelineOption } from './decision-timeline';
import { MAP_MODULES } from './echarts-map-modules';
import { missingParts } from './echarts-missing-parts';
import { MAP_NAME } from './map-name';
import { buildMapOption, type MapMeasure } from './map-option';
import { dashboardFixture, labels } from './test-fixtures';

registerExtensions([...MAP_MODULES, SVGRenderer]);
registerMap(MAP_NAME, swedenRegions as unknown as Parameters<typeof registerMap>[1]);

describe('MAP_MODULES', () => {
  const measures: MapMeasure[] = ['decision', 'residentsPerDoctor', 'shareWithNamedContact'];
  for (const measure of measures) {
    for (const width of [320, 900]) {
      it(`draws the ${measure} map at ${width} px`, () => {
        const option = buildMapOption({ data: dashboardFixture(), asOf: '2023-06-30', measure, labels, locale: 'sv' });
        expect(missingParts(option, width, 900)).toEqual([]);
      });
    }
  }

  it('lacks what charts on axes need (so the check above can fail)', () => {
    const option = buildDecisionTimelineOption(buildDecisionTimelineModel(dashboardFixture()), labels, 'sv');
    expect(missingParts(option).join('\n')).toMatch(/BarChart|GridComponent/);
  });
});
