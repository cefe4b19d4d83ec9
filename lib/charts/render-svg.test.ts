import { describe, expect, it } from 'vitest';
import { buildMapOption } from './map-option';
import { renderOptionToSvg } from './render-svg';
import { buildSeriesOption } from './series-option';
import { dashboardFixture, labels } from './test-fixtures';

const mapSvg = (asOf: string, measure: 'decision' | 'residentsPerDoctor', chartLabels = labels) =>
  renderOptionToSvg(buildMapOption({ data: dashboardFixture(), asOf, measure, labels: chartLabels, locale: 'sv' }), {
    width: 700,
    height: 1000,
  });

/** The region shapes: the paths ECharts tags with the map series and a data index. */
const regionPaths = (svg: string) => [...svg.matchAll(/<path [^>]*ecmeta_series_index="0" ecmeta_data_index="(\d+)"/g)];

describe('renderOptionToSvg', () => {
  it('draws the 21 regions of the decision map, with the legend texts', () => {
    const svg = mapSvg('2022-07-01', 'decision');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox="0 0 700 1000"');
    const paths = regionPaths(svg);
    expect(paths).toHaveLength(21);
    expect(new Set(paths.map((m) => m[1])).size).toBe(21);
    for (const text of Object.values(labels.decision.states)) expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain(`>${labels.decision.legendTitle}</text>`);
    // Gotland (decided 1 100) in blue; Norrbotten (nothing known yet) grey with a hatch pattern.
    expect(svg).toContain('fill="#0072B2" stroke="#4a4a4a"');
    expect(svg).toMatch(/<pattern /);
  });

  it('labels the residents map’s grey regions "Ej rapporterad" in the legend', () => {
    const svg = mapSvg('2023-06-30', 'residentsPerDoctor');
    expect(regionPaths(svg)).toHaveLength(21);
    expect(svg).toContain('>Ej rapporterad</text>');
    expect(svg).toContain('>Högst 1 100 (når riktvärdet)</text>');
  });

  it('draws the legend at every size, and the region codes with their key where there is room', () => {
    const option = buildMapOption({ data: dashboardFixture(), asOf: '2022-07-01', measure: 'decision', labels, locale: 'sv' });
    const codes = (svg: string) => [...svg.matchAll(/>(\d\d)<\/text>/g)].map((m) => m[1]);
    for (const [width, height] of [[272, 560], [720, 656], [1232, 432]] as const) {
      const svg = renderOptionToSvg(option, { width, height });
      expect(svg, `${width} × ${height}`).toContain(`>${labels.decision.states.unknown}</text>`);
      expect(svg).toContain(`>${labels.map.attribution.split(' ')[0]}`);
    }
    const wide = renderOptionToSvg(option, { width: 1232, height: 432 });
    expect(new Set(codes(wide)).size).toBe(21);
    expect(wide).toContain('>01  Stockholm</text>');
    const narrow = renderOptionToSvg(option, { width: 272, height: 560 });
    expect(codes(narrow)).toEqual([]);
    expect(narrow).not.toContain('01  Stockholm');
  });

  it('escapes text in the SVG', () => {
    const svg = mapSvg('2022-07-01', 'decision', {
      ...labels,
      decision: { ...labels.decision, states: { ...labels.decision.states, unknown: '<script>alert(1)</script> & co' } },
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  it('renders the time series with the guideline label and one line per region plus Riket', () => {
    const option = buildSeriesOption({ data: dashboardFixture(), regions: ['09', '17'], measure: 'residentsPerDoctor', labels, locale: 'sv' });
    const svg = renderOptionToSvg(option, { width: 900, height: 520 });
    expect(svg).toContain('>Riktvärde 1 100</text>');
    expect(svg).toContain('>Riket</text>');
    expect(svg).toContain('>Region Gotland</text>');
    expect(svg).toContain('>2023-12-31</text>');
  });
});
