// What the map (map-option) draws with. A file of its own so that the browser's map chunk holds only these.
import { MapChart } from 'echarts/charts';
import { GraphicComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';

export const MAP_MODULES = [MapChart, GraphicComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent];
