import type { EChartsOption } from 'echarts';

/** Which set of ECharts parts an option needs: 'map' for the map of Sweden, 'axis' for charts on axes. */
export type ChartKind = 'map' | 'axis';

export function chartKind(option: EChartsOption): ChartKind {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  return series.some((s) => s.type === 'map') ? 'map' : 'axis';
}
