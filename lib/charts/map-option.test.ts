import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/i18n/format';
import { buildMapItems, buildMapOption, MAP_NAME, shortRegionName, type MapOptionInput } from './map-option';
import { DECISION_PALETTE, MISSING_COLOR, RESIDENTS_PALETTE } from './palette';
import { dashboardFixture, EVIL, evilFixture, labels, labelsEn } from './test-fixtures';

const input = (asOf: string, measure: MapOptionInput['measure'] = 'decision', data = dashboardFixture()): MapOptionInput => ({
  data,
  asOf,
  measure,
  labels,
  locale: 'sv',
});
const item = (items: ReturnType<typeof buildMapItems>, code: string) => {
  const found = items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

// The parts of the option the tests read, without ECharts' wide union types.
interface MapOptionView {
  series: { type: string; map: string; nameProperty: string; data: { name: string; value: number; itemStyle?: { decal?: unknown } }[] }[];
  visualMap: { type: string; pieces: { value: number; label: string; color: string }[] };
  tooltip: { formatter: (params: { name: string }) => string };
  graphic: { id: string; style?: { text: string }; children?: { type: string; name: string; style: { fill?: string; text?: string } }[] }[];
}
const view = (option: ReturnType<typeof buildMapOption>) => option as unknown as MapOptionView;

/** The legend piece (label and colour) a region is drawn with. */
function pieceOf(option: MapOptionView, code: string) {
  const datum = option.series[0]?.data.find((d) => d.name === code);
  return option.visualMap.pieces.find((p) => p.value === datum?.value);
}

describe('map items: the decision in force', () => {
  it('on 2022-07-01 Gotland (June 2022) has decided 1 100 and Norrbotten (August 2022) no known decision', () => {
    const items = buildMapItems(input('2022-07-01'));
    expect(items).toHaveLength(21);
    expect(item(items, '09').category).toBe('figure_1100');
    expect(item(items, '25').category).toBe('unknown');
    expect(item(items, '17').category).toBe('figure_looser');
    expect(item(items, '03').category).toBe('reduction_no_figure');
    expect(item(items, '12').category).toBe('ambition');
    expect(item(items, '01').category).toBe('unknown');
  });

  it('shows a month-precision decision only from the last day of its month', () => {
    expect(item(buildMapItems(input('2022-06-29')), '09').category).toBe('unknown');
    expect(item(buildMapItems(input('2022-06-30')), '09').category).toBe('figure_1100');
    expect(item(buildMapItems(input('2022-08-30')), '25').category).toBe('unknown');
    expect(item(buildMapItems(input('2022-08-31')), '25').category).toBe('figure_1100');
  });

  it('follows later decisions: a revocation, a year-precision decision', () => {
    expect(item(buildMapItems(input('2024-03-15')), '25').category).toBe('revoked');
    expect(item(buildMapItems(input('2024-12-30')), '17').category).toBe('figure_looser');
    expect(item(buildMapItems(input('2024-12-31')), '17').category).toBe('figure_1100');
  });

  it('says in the tooltip what was decided, when (as far as known) and the source', () => {
    const gotland = item(buildMapItems(input('2022-07-01')), '09');
    expect(gotland.tooltip).toContain('<strong>Region Gotland</strong>');
    expect(gotland.tooltip).toContain(`Beslut: ${formatNumber(1100, 'sv')} invånare per fast läkarkontakt (riktvärdet)`);
    expect(gotland.tooltip).toContain('Beslutsdatum: juni 2022');
    expect(gotland.tooltip).toContain('Källa: Källa 1');
    const uppsala = item(buildMapItems(input('2023-06-01')), '03');
    expect(uppsala.tooltip).toContain('Beslutsdatum: senast maj 2023');
    const varmland = item(buildMapItems(input('2022-07-01')), '17');
    expect(varmland.tooltip).toContain(`Beslut: ${formatNumber(1500, 'sv')} invånare per fast läkarkontakt, som steg mot 1 100`);
    expect(item(buildMapItems(input('2022-07-01')), '25').tooltip).toContain('Inget känt beslut');
  });

  it('writes the tooltip in English with English region names', () => {
    const items = buildMapItems({ ...input('2022-07-01'), locale: 'en', labels: labelsEn });
    expect(item(items, '06').name).toBe('Region Jönköping County');
    expect(item(items, '09').tooltip).toContain('Date of decision: June 2022');
    expect(item(items, '09').tooltip).toContain('Decided: 1,100 residents per named GP (the guideline)');
  });
});

describe('map items: residents per doctor', () => {
  it('bins each region by its latest report on or before the day', () => {
    const mid2023 = buildMapItems(input('2023-06-30', 'residentsPerDoctor'));
    expect(item(mid2023, '09')).toMatchObject({ category: 'upTo1500' });
    expect(item(mid2023, '09').value).toBeCloseTo(60_000 / 45, 6);
    expect(item(mid2023, '25').category).toBe('upTo2000');
    const end2023 = buildMapItems(input('2024-01-01', 'residentsPerDoctor'));
    expect(item(end2023, '09').category).toBe('meets'); // 61 000 / 60 = 1 016.7
    expect(item(end2023, '25').category).toBe('upTo2500'); // 249 000 / 113 = 2 203.5
    expect(item(end2023, '17').category).toBe('over2500'); // 284 000 / 100 = 2 840
  });

  it('marks a region without a report "not reported", with no value (never 0)', () => {
    const items = buildMapItems(input('2023-06-30', 'residentsPerDoctor'));
    expect(item(items, '17')).toMatchObject({ category: 'not_reported', value: null });
    expect(item(items, '17').tooltip).toContain('Ej rapporterad');
  });

  it('keeps a report without a population apart from "not reported"', () => {
    const kalmar = item(buildMapItems(input('2024-01-01', 'residentsPerDoctor')), '08');
    expect(kalmar).toMatchObject({ category: 'no_value', value: null });
    expect(kalmar.tooltip).toContain('Folkmängd saknas');
  });

  it('gives the figure, report date, population year, source and own target in the tooltip', () => {
    const gotland = item(buildMapItems(input('2024-01-01', 'residentsPerDoctor')), '09');
    expect(gotland.tooltip).toContain(`${formatNumber(1017, 'sv')} invånare per fast läkarkontakt`);
    expect(gotland.tooltip).toContain('Rapport: 2023-12-31, folkmängd 31 dec 2023');
    expect(gotland.tooltip).toContain('Källa: Rapport 09 2023-12-31 (Exempeldata)');
    expect(gotland.tooltip).toContain(`Mätt mot eget mål i kraft vid rapportens datum: ${formatNumber(1100, 'sv')}`);
  });
});

describe('buildMapOption', () => {
  it('is a map series on "sweden" keyed by SCB code with one item per region', () => {
    const option = view(buildMapOption(input('2022-07-01')));
    expect(MAP_NAME).toBe('sweden');
    expect(option.series).toHaveLength(1);
    expect(option.series[0]).toMatchObject({ type: 'map', map: 'sweden', nameProperty: 'code' });
    expect(option.series[0]?.data.map((d) => d.name).sort()).toEqual(dashboardFixture().regions.map((r) => r.code).sort());
  });

  it('has a piecewise legend with a text for every decision class, and colours regions by their class', () => {
    const option = view(buildMapOption(input('2022-07-01')));
    expect(option.visualMap.type).toBe('piecewise');
    expect(option.visualMap.pieces.map((p) => p.label)).toEqual(DECISION_PALETTE.map((e) => labels.decision.states[e.labelKey]));
    expect(pieceOf(option, '09')).toMatchObject({ label: 'Beslut: 1 100 (riktvärdet)', color: '#0072B2' });
    expect(pieceOf(option, '25')).toMatchObject({ label: 'Inget känt beslut (ingen källa)', color: MISSING_COLOR });
  });

  it('draws regions without a report grey, labelled "Ej rapporterad" and hatched, never as a value', () => {
    const option = view(buildMapOption(input('2023-06-30', 'residentsPerDoctor')));
    expect(pieceOf(option, '17')).toMatchObject({ label: 'Ej rapporterad', color: MISSING_COLOR });
    expect(option.series[0]?.data.find((d) => d.name === '17')?.itemStyle?.decal).toBeDefined();
    expect(option.series[0]?.data.find((d) => d.name === '09')?.itemStyle).toBeUndefined();
    expect(pieceOf(option, '09')).toMatchObject({ label: '1 101–1 500', color: RESIDENTS_PALETTE[1]?.color });
    // "Uppgift saknas" is listed only when some region has it.
    expect(option.visualMap.pieces.map((p) => p.label)).not.toContain('Uppgift saknas');
    const withKalmar = view(buildMapOption(input('2024-01-01', 'residentsPerDoctor')));
    expect(pieceOf(withKalmar, '08')).toMatchObject({ label: 'Uppgift saknas' });
  });

  it('draws a legend whose every swatch is the map fill: the same colour, and the hatch for missing states', () => {
    for (const measure of ['decision', 'residentsPerDoctor', 'shareWithNamedContact'] as const) {
      const option = view(buildMapOption(input('2024-01-01', measure)));
      const legend = option.graphic.find((g) => g.id === 'legend')?.children ?? [];
      const swatch = (key: string) => legend.find((c) => c.name === `swatch:${key}`);
      const hatched = (key: string) => legend.some((c) => c.name === `hatch:${key}`);
      for (const datum of option.series[0]?.data ?? []) {
        const piece = option.visualMap.pieces.find((p) => p.value === datum.value);
        const key = legend.find((c) => c.type === 'text' && c.style.text === piece?.label)?.name.replace('label:', '') ?? '';
        expect(swatch(key)?.style.fill, `${measure} ${datum.name}`).toBe(piece?.color);
        expect(hatched(key), `${measure} ${datum.name}`).toBe(datum.itemStyle?.decal !== undefined);
      }
    }
  });

  it('puts the map below the legend on a narrow screen', () => {
    const option = buildMapOption(input('2022-07-01')) as unknown as {
      media: { query: { maxWidth: number }; option: { series: { id: string; top: number }[] } }[];
      series: { id: string; top: number }[];
    };
    const narrow = option.media[0];
    expect(narrow?.query.maxWidth).toBeGreaterThanOrEqual(400);
    expect(narrow?.option.series[0]?.id).toBe(option.series[0]?.id);
    // Six legend entries of 14 px + 8 px gap below the legend's top (62 px).
    expect(narrow?.option.series[0]?.top).toBeGreaterThanOrEqual(62 + 6 * 22);
  });

  it('carries the map attribution', () => {
    const option = buildMapOption(input('2022-07-01')) as unknown as { title: { id: string; text: string }[] };
    expect(option.title.find((t) => t.id === 'attribution')?.text).toBe(labels.map.attribution);
  });
});

describe('region codes on the map and their key', () => {
  type Labelled = {
    title: { id: string; show?: boolean; text: string; subtext?: string }[];
    series: { label: { show: boolean; formatter: (params: { name: string }) => string } }[];
    media: { query: { minWidth?: number; maxWidth?: number; minHeight?: number; maxHeight?: number }; option: Record<string, unknown> }[];
  };
  const labelled = (measure: MapOptionInput['measure'] = 'decision', chartLabels = labels, locale = 'sv') =>
    buildMapOption({ ...input('2022-07-01', measure), labels: chartLabels, locale }) as unknown as Labelled;

  it('shortens the names for the key: no "Region", "län", "County" or "-regionen"', () => {
    expect(shortRegionName('Region Jönköpings län')).toBe('Jönköping');
    expect(shortRegionName('Region Kalmar län')).toBe('Kalmar');
    expect(shortRegionName('Västra Götalandsregionen')).toBe('Västra Götaland');
    expect(shortRegionName('Region Örebro County')).toBe('Örebro');
    expect(shortRegionName('Region Jämtland Härjedalen')).toBe('Jämtland Härjedalen');
  });

  it('labels each region with its SCB code, and the key names all 21 in code order', () => {
    const option = labelled();
    expect(option.series[0]?.label.formatter({ name: '25' })).toBe('25');
    const key = option.title.find((t) => t.id === 'key');
    expect(key?.text).toBe(labels.map.keyTitle);
    const lines = key?.subtext?.split('\n') ?? [];
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('01  Stockholm');
    expect(lines).toContain('14  Västra Götaland');
    expect(lines.at(-1)).toBe('25  Norrbotten');
  });

  it('shows codes and key only where the map, centred, clears the legend and the key', () => {
    const option = labelled();
    // Hidden by default (phones, narrow columns): the table under the map names the regions there.
    expect(option.series[0]?.label.show).toBe(false);
    expect(option.title.find((t) => t.id === 'key')?.show).toBe(false);
    const shown = option.media.filter((m) => JSON.stringify(m.option).includes('"show":true'));
    expect(shown.length).toBeGreaterThan(0);
    for (const { query } of shown) {
      expect(query.maxWidth).toBeUndefined();
      // The legend's and key's widest texts are about 340 and 170 px: twice the wider plus the map.
      expect(query.minWidth).toBeGreaterThanOrEqual(2 * 340 + 0.48 * ((query.maxHeight ?? 0) - 44));
    }
    // A 1280 px screen's map (1232 × 432 px) is labelled; a 768 px screen's (720 px wide) is not.
    const at = (width: number, height: number) =>
      shown.some(({ query: q }) => width >= (q.minWidth ?? 0) && height >= (q.minHeight ?? 0) && height <= (q.maxHeight ?? Infinity));
    expect(at(1232, 432)).toBe(true);
    expect(at(720, 656)).toBe(false);
  });

  it('keeps the legend on every size: media queries never touch the drawn legend', () => {
    for (const measure of ['decision', 'residentsPerDoctor', 'shareWithNamedContact'] as const) {
      for (const media of labelled(measure).media) expect(media.option.graphic, JSON.stringify(media.query)).toBeUndefined();
    }
  });
});

describe('map tooltips escape every value', () => {
  it('escapes markup in a region name, a source and a deciding body', () => {
    const items = buildMapItems(input('2022-07-01', 'decision', evilFixture()));
    const gotland = item(items, '09');
    expect(gotland.tooltip).not.toContain('<img');
    expect(gotland.tooltip).toContain('<strong>&lt;img src=x onerror=alert(1)&gt;</strong>');
    expect(gotland.tooltip).toContain('Källa: &lt;img src=x onerror=alert(1)&gt;');
    expect(gotland.tooltip).toContain('&quot;Nämnden&quot; &amp; &#39;&lt;img');
  });

  it('escapes a report source, and the formatter returns only escaped HTML', () => {
    const option = view(buildMapOption(input('2024-01-01', 'residentsPerDoctor', evilFixture())));
    const html = option.tooltip.formatter({ name: '09' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // An unknown name is escaped too.
    expect(option.tooltip.formatter({ name: EVIL })).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
