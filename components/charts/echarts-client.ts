// The browser's ECharts: tree-shaken (only what the dashboard uses), with the map of Sweden
// registered. Loaded ONLY by `import('./echarts-client')` inside EChart's effect, so ECharts and the
// geometry are a separate chunk fetched after hydration, not part of the page's first-load JavaScript.
import 'client-only';
import { LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, registerMap, use as registerExtensions } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { MAP_NAME } from '@/lib/charts/map-name';
import { swedenRegions } from '@/lib/map/geometry';

registerExtensions([
  MapChart,
  LineChart,
  ScatterChart,
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);
registerMap(MAP_NAME, swedenRegions as unknown as Parameters<typeof registerMap>[1]);

export { init };
export type { ECharts } from 'echarts/core';
