// What the charts on axes draw with: the time series (series-option: lines, decision markers, the
// 1 100 mark line) and bar charts (decision-timeline). A file of its own so that the browser's chunk
// for these holds neither the map nor its geometry.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';

export const AXIS_CHART_MODULES = [LineChart, ScatterChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent];
