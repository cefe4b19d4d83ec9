import { describe, expect, it } from 'vitest';
import { withFontFamily } from './font';
import { CHART_FONT_FAMILY } from './palette';

describe('withFontFamily', () => {
  it('replaces the default font everywhere, keeps other fonts and functions, and does not mutate', () => {
    const formatter = () => 'x';
    const option = {
      textStyle: { fontFamily: CHART_FONT_FAMILY, color: '#000' },
      graphic: [{ style: { fontFamily: CHART_FONT_FAMILY } }],
      legend: { textStyle: { fontFamily: 'monospace' } },
      tooltip: { formatter },
    };
    const result = withFontFamily(option, 'Inter, sans-serif');
    expect(result.textStyle.fontFamily).toBe('Inter, sans-serif');
    expect(result.graphic[0]?.style.fontFamily).toBe('Inter, sans-serif');
    expect(result.legend.textStyle.fontFamily).toBe('monospace');
    expect(result.tooltip.formatter).toBe(formatter);
    expect(option.textStyle.fontFamily).toBe(CHART_FONT_FAMILY);
  });
});
