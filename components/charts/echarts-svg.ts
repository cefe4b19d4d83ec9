// ECharts' SVG renderer, which the browser needs only to make a picture for download (and for a chart
// drawn with renderer="svg"): loaded through load-echarts on demand, as a chunk of its own.
import 'client-only';
import { use as registerExtensions } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerExtensions([SVGRenderer]);
