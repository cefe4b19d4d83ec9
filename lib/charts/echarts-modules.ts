// The ECharts parts the product draws with, in two sets: the map, and the charts on axes (lines,
// markers, bars). The browser loads each set only for a chart that needs it (components/charts/
// load-echarts); the server's SVG rendering (render-svg) registers both. Renderers are added by each.
// Both sets are checked against the options they draw in echarts-*-modules.test.ts.
import { AXIS_CHART_MODULES } from './echarts-axis-modules';
import { MAP_MODULES } from './echarts-map-modules';

export const ECHARTS_MODULES = [...MAP_MODULES, ...AXIS_CHART_MODULES];
