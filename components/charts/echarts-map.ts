// The browser's ECharts for the map: the map's parts, the canvas renderer and the geometry of Sweden.
// Loaded only through load-echarts, when a map is about to be drawn, as a chunk of its own.
import 'client-only';
import { registerMap, use as registerExtensions } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { MAP_MODULES } from '@/lib/charts/echarts-map-modules';
import { MAP_NAME } from '@/lib/charts/map-name';
import { swedenRegions } from '@/lib/map/geometry';

registerExtensions([...MAP_MODULES, CanvasRenderer]);
registerMap(MAP_NAME, swedenRegions as unknown as Parameters<typeof registerMap>[1]);

export { init } from 'echarts/core';
