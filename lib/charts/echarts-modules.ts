// The ECharts parts the product draws with, one list for the browser (components/charts/echarts-client)
// and the server's SVG rendering (render-svg), so the two cannot drift apart. Renderers are added by each.
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';

export const ECHARTS_MODULES = [
  MapChart,
  LineChart,
  ScatterChart,
  BarChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
];
