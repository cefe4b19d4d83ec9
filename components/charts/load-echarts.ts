// Loads only the ECharts a chart needs, each set a separate chunk fetched on demand: the map's parts
// with the geometry, or the parts of charts on axes; the SVG renderer apart. ECharts' core is shared.
import type { init } from 'echarts/core';
import type { ChartKind } from '@/lib/charts/chart-kind';

export type EChartsInit = typeof init;

export async function loadECharts(kind: ChartKind, { svg = false } = {}): Promise<EChartsInit> {
  const [parts] = await Promise.all([
    kind === 'map' ? import('./echarts-map') : import('./echarts-axis'),
    svg ? import('./echarts-svg') : undefined,
  ]);
  return parts.init;
}
