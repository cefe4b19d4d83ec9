// Server-side rendering of chart options to an SVG string (ECharts SSR), so a chart paints before any
// chart JavaScript reaches the browser. Server use only (no 'server-only' import so tests can run it).
import type { EChartsOption } from 'echarts';
import { init, use as registerExtensions } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { ECHARTS_MODULES } from './echarts-modules';
import { registerSwedenMap } from './echarts-map-modules';

let registered = false;

function ensureRegistered(): void {
  if (registered) return;
  registerExtensions([...ECHARTS_MODULES, SVGRenderer]);
  registerSwedenMap();
  registered = true;
}

export interface SvgSize {
  width: number;
  height: number;
}

/**
 * Renders an option to a standalone SVG string (with a viewBox, so it scales to its container).
 * Animation is switched off: the string is the final picture. The instance is always disposed.
 */
export function renderOptionToSvg(option: EChartsOption, { width, height }: SvgSize): string {
  ensureRegistered();
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
}
