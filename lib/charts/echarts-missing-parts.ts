// Test support for echarts-*-modules.test.ts. Outside production ECharts reports on console.error a
// series or top-level component that an option uses but nobody registered (once per part and
// process), and draws without it; marks inside a series (markLine …) it leaves out silently.
import type { EChartsOption } from 'echarts';
import { ComponentModel, init } from 'echarts/core';
import { vi } from 'vitest';

const SERIES_MARKS = ['markLine', 'markPoint', 'markArea'] as const;
const registered = (mainType: string) => (ComponentModel as unknown as { hasClass(type: string): boolean }).hasClass(mainType);

/** The parts an option needs that are not registered, as messages; [] when all are there. */
export function missingParts(option: EChartsOption, width = 700, height = 900): string[] {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    chart.renderToSVGString();
    const reported = errors.mock.calls.map((call) => call.join(' ')).filter((text) => /is used but not imported|Unknown series/.test(text));
    const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
    const marks = SERIES_MARKS.filter((mark) => series.some((s) => mark in s) && !registered(mark)).map((mark) => `${mark} is used but not registered`);
    return [...reported, ...marks];
  } catch (error) {
    return [String(error)];
  } finally {
    chart.dispose();
    errors.mockRestore();
  }
}
