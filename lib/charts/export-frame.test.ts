import { describe, expect, it } from 'vitest';
import { frameChartSvg, wrapText } from './export-frame';
import { EVIL } from './test-fixtures';

const chart = '<svg width="600" height="400" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400"><rect id="plot"/></svg>';

describe('a downloaded chart picture', () => {
  const frame = { title: 'Karta över regionerna', subtitle: ['Uppgifterna per 2024-01-01'], footer: ['Källa: SCB och regionerna', 'Licens CC BY 4.0'] };

  it('carries its title, date and source in the picture, around the whole chart', () => {
    const framed = frameChartSvg(chart, 600, 400, frame);
    for (const text of ['Karta över regionerna', 'Uppgifterna per 2024-01-01', 'Källa: SCB och regionerna', 'Licens CC BY 4.0']) {
      expect(framed.svg).toContain(`>${text}</text>`);
    }
    expect(framed.svg).toContain('<rect id="plot"/>');
    expect(framed.width).toBe(600);
    expect(framed.height).toBeGreaterThan(400 + 4 * 12);
    // The chart keeps its size and sits below the header, once.
    const inner = framed.svg.match(/<svg x="0" y="(\d+)" width="600" height="400"[^>]*>/);
    expect(Number(inner?.[1])).toBeGreaterThan(18);
    expect(inner?.[0].match(/width=/g)).toHaveLength(1);
  });

  it('escapes every text it draws', () => {
    const framed = frameChartSvg(chart, 600, 400, { title: EVIL, subtitle: [], footer: [EVIL] });
    expect(framed.svg).not.toContain('<img');
    expect(framed.svg).toContain('&lt;img');
  });

  it('wraps long lines to the picture’s width without losing words', () => {
    const text = Array.from({ length: 60 }, (_, i) => `ord${i}`).join(' ');
    const lines = wrapText(text, 300, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(300 / (12 * 0.55)));
  });
});
