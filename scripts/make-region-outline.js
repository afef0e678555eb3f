#!/usr/bin/env node
/**
 * Generates `src/components/corridor-map/region-outline-data.ts`: the country
 * outline behind `<corridor-map>`, cut down from the whole world to the
 * region the corridors cross, so that the library does not ship the world.
 *
 * Source: `world-atlas` (the npm package, Natural Earth 1:110m admin-0
 * countries as TopoJSON, `countries-110m.json`; public domain data, ISC
 * package). The version used is written into the generated file.
 *
 * What it does, in order:
 * 1. decodes every country with topojson-client's `feature`;
 * 2. clips each polygon ring to the region (Sutherland–Hodgman against the
 *    rectangle) and drops countries with nothing left inside;
 * 3. quantises coordinates to a grid of `STEP` degrees and drops points that
 *    fall on the previous one;
 * 4. writes each ring as delta-encoded integers (first point absolute).
 *
 *   node scripts/make-region-outline.js           write the module
 *   node scripts/make-region-outline.js --check   exit 1 if the committed module differs
 *   node scripts/make-region-outline.js --out F   write elsewhere
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The region: central Europe to western China, Arabia to southern Siberia.
 * The networks of `models/` span lon 28.7–80.4°E, lat 35.7–53.2°N; the map
 * shows more than the network when its shape differs from the network's
 * (about 21–88°E × 23–66°N in a 320 px wide map, 10–100°E × 34–55°N in a
 * 1,900 px wide one), so the region leaves that room. Beyond it the map
 * shows water.
 */
export const REGION = { west: 10, east: 100, south: 20, north: 66 };
/** Grid of the quantised coordinates, degrees: 0.02° is ≈2 km, below a pixel at the map's usual scale (20–30 px per degree). */
export const STEP = 0.02;

const OUT = join(root, 'src', 'components', 'corridor-map', 'region-outline-data.ts');

/** Sutherland–Hodgman: the part of a closed ring inside the rectangle. */
function clipRing(ring, { west, east, south, north }) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => at(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => at(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => at(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => at(a, b, 1, north)],
  ];
  let points = ring.slice(0, -1); // GeoJSON rings repeat their first point at the end
  for (const [inside, cross] of edges) {
    if (points.length === 0) break;
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cross(previous, current));
      }
    }
    points = out;
  }
  return points;
}

/** Where segment a→b crosses the line `coordinate[axis] = value`. */
function at(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

/** Twice the signed area in grid cells; 0 for a ring that collapsed onto a line. */
function area2(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function quantise(points) {
  const grid = [];
  for (const [lon, lat] of points) {
    const q = [Math.round((lon - REGION.west) / STEP), Math.round((lat - REGION.south) / STEP)];
    const last = grid[grid.length - 1];
    if (last === undefined || last[0] !== q[0] || last[1] !== q[1]) grid.push(q);
  }
  while (grid.length > 1 && grid[0][0] === grid[grid.length - 1][0] && grid[0][1] === grid[grid.length - 1][1]) grid.pop();
  return grid;
}

function deltas(grid) {
  const out = [grid[0][0], grid[0][1]];
  for (let i = 1; i < grid.length; i++) out.push(grid[i][0] - grid[i - 1][0], grid[i][1] - grid[i - 1][1]);
  return out;
}

export function makeRegionOutline() {
  const atlasVersion = require('world-atlas/package.json').version;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const { features } = feature(topology, topology.objects.countries);
  const countries = [];
  for (const f of features) {
    const g = f.geometry;
    if (g === null) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const rings = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const grid = quantise(clipRing(ring, REGION));
        if (grid.length >= 3 && area2(grid) !== 0) rings.push(deltas(grid));
      }
    }
    if (rings.length > 0) countries.push({ name: f.properties?.name ?? '', rings });
  }
  countries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const body = countries
    .map((c) => `  [${JSON.stringify(c.name)}, ${c.rings.map((r) => JSON.stringify(r.join(' '))).join(', ')}],`)
    .join('\n');
  return `// Generated by scripts/make-region-outline.js from world-atlas ${atlasVersion} (countries-110m.json,
// Natural Earth 1:110m admin-0 countries, public domain). Do not edit; re-run the script.

/** The clipping rectangle, degrees; also the origin of the grid. */
export const REGION = { west: ${REGION.west}, east: ${REGION.east}, south: ${REGION.south}, north: ${REGION.north} } as const;
/** Degrees per grid unit. */
export const STEP = ${STEP};

/**
 * One row per country: its name, then one string per ring of space-separated
 * integers on the grid, delta-encoded: x0 y0 dx1 dy1 dx2 dy2 … (x east from
 * \`REGION.west\`, y north from \`REGION.south\`, in units of \`STEP\`).
 */
export const REGION_COUNTRIES: readonly (readonly [name: string, ...rings: string[]])[] = [
${body}
];
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 && argv[outAt + 1] ? resolve(argv[outAt + 1]) : OUT;
  const text = makeRegionOutline();
  if (argv.includes('--check')) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`make-region-outline: ${out} is out of date; run node scripts/make-region-outline.js\n`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(out, text);
    process.stderr.write(`make-region-outline: wrote ${out} (${text.length} bytes)\n`);
  }
}
