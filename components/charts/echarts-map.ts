// The browser's ECharts for the map: the map's parts, the canvas renderer and the geometry of Sweden.
// Loaded only through load-echarts, when a map is about to be drawn, as a chunk of its own.
import 'client-only';
import { use as registerExtensions } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { MAP_MODULES, registerSwedenMap } from '@/lib/charts/echarts-map-modules';

registerExtensions([...MAP_MODULES, CanvasRenderer]);
registerSwedenMap();

export { init } from 'echarts/core';
