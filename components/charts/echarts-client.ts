// The browser's ECharts: tree-shaken (only what the dashboard uses), with the map of Sweden
// registered. Loaded ONLY by `import('./echarts-client')` inside EChart's effect, so ECharts and the
// geometry are a separate chunk fetched after hydration, not part of the page's first-load JavaScript.
import 'client-only';
import { init, registerMap, use as registerExtensions } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { ECHARTS_MODULES } from '@/lib/charts/echarts-modules';
import { MAP_NAME } from '@/lib/charts/map-name';
import { swedenRegions } from '@/lib/map/geometry';

registerExtensions([...ECHARTS_MODULES, CanvasRenderer, SVGRenderer]);
registerMap(MAP_NAME, swedenRegions as unknown as Parameters<typeof registerMap>[1]);

export { init };
export type { ECharts } from 'echarts/core';
