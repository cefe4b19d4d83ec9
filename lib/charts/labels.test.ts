import { describe, expect, it } from 'vitest';
import enMessages from '@/messages/en/charts.json';
import svMessages from '@/messages/sv/charts.json';
import { MAP_ATTRIBUTION, MAP_ATTRIBUTION_EN, MAP_NAME_PROPERTY as GEOMETRY_NAME_PROPERTY } from '@/lib/map/geometry';
import type { ChartLabels } from './labels';
import { MAP_NAME_PROPERTY } from './map-name';

// Both catalogues must have the shape the builders read (checked by the compiler here).
const sv: ChartLabels = svMessages.charts;
const en: ChartLabels = enMessages.charts;

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => entries(inner, prefix ? `${prefix}.${key}` : key));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('chart messages', () => {
  it('are one namespace, "charts", in both languages', () => {
    expect(Object.keys(svMessages)).toEqual(['charts']);
    expect(Object.keys(enMessages)).toEqual(['charts']);
  });

  it('have the same keys and the same placeholders in Swedish and English, and no empty text', () => {
    const svEntries = new Map(entries(sv));
    const enEntries = new Map(entries(en));
    expect([...enEntries.keys()].sort()).toEqual([...svEntries.keys()].sort());
    for (const [key, text] of svEntries) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(enEntries.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('use only simple placeholders (no ICU plural/select, no apostrophe quoting)', () => {
    for (const [key, text] of [...entries(sv), ...entries(en)]) {
      expect(text, key).not.toMatch(/\{\w+,/);
      expect(text, key).not.toContain("'");
    }
  });

  it('carry the same map attribution as the geometry', () => {
    expect(sv.map.attribution).toBe(MAP_ATTRIBUTION);
    expect(en.map.attribution).toBe(MAP_ATTRIBUTION_EN);
    expect(MAP_NAME_PROPERTY).toBe(GEOMETRY_NAME_PROPERTY);
  });

  it('name the guideline and the missing states as the product does', () => {
    expect(sv.series.guideline).toBe('Riktvärde 1 100');
    expect(sv.bins.not_reported).toBe('Ej rapporterad');
    expect(sv.decision.states.unknown).toBe("Inget känt beslut (ingen källa)");
  });
});
