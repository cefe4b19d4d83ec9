// What the map (map-option) draws with, and the geometry it draws: registered by the browser's map
// chunk (components/charts/echarts-map) and by the server's SVG rendering (render-svg). A file of its
// own so that the browser's chunk for charts on axes holds neither.
import { MapChart } from 'echarts/charts';
import { GraphicComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { registerMap } from 'echarts/core';
import { swedenRegions } from '@/lib/map/geometry';
import { MAP_NAME } from './map-name';

export const MAP_MODULES = [MapChart, GraphicComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent];

/** Makes Sweden's regions known to ECharts under the name map-option draws. */
export function registerSwedenMap(): void {
  registerMap(MAP_NAME, swedenRegions as unknown as Parameters<typeof registerMap>[1]);
}
