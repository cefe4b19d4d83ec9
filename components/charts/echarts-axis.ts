// The browser's ECharts for charts on axes (time series, bars) with the canvas renderer. Loaded only
// through load-echarts, when such a chart is about to be drawn, as a chunk of its own (no map geometry).
import 'client-only';
import { use as registerExtensions } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { AXIS_CHART_MODULES } from '@/lib/charts/echarts-axis-modules';

registerExtensions([...AXIS_CHART_MODULES, CanvasRenderer]);

export { init } from 'echarts/core';
