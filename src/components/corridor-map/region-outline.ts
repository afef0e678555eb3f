import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// 110m (≈105 kB) rather than 50m (≈740 kB): the outline is a light backdrop
// for orientation, and at a region's scale 110m already shows the Caspian,
// the Black Sea and every border the corridors cross.
import countries110m from 'world-atlas/countries-110m.json';

/** One country as lon/lat rings, with its bounding box for a quick overlap test. */
export interface CountryOutline {
  readonly name: string;
  /** Rings of [lon, lat] pairs (outer rings and holes alike; drawn even-odd). */
  readonly rings: readonly (readonly (readonly [number, number])[])[];
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/**
 * Decoded once when the module loads, so every map (and every re-layout on a
 * scenario change) only filters and projects.
 */
export const COUNTRY_OUTLINES: readonly CountryOutline[] = decode();

function decode(): CountryOutline[] {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const outlines: CountryOutline[] = [];
  for (const f of collection.features) {
    const g = f.geometry;
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const rings: (readonly [number, number])[][] = [];
    let west = Infinity;
    let east = -Infinity;
    let south = Infinity;
    let north = -Infinity;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const points: (readonly [number, number])[] = [];
        for (const position of ring) {
          const lon = position[0] ?? 0;
          const lat = position[1] ?? 0;
          points.push([lon, lat]);
          if (lon < west) west = lon;
          if (lon > east) east = lon;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
        }
        rings.push(points);
      }
    }
    if (rings.length > 0) outlines.push({ name: f.properties?.name ?? '', rings, west, east, south, north });
  }
  return outlines;
}

/** The countries whose bounding box overlaps the given one (degrees). */
export function countriesWithin(west: number, east: number, south: number, north: number): CountryOutline[] {
  return COUNTRY_OUTLINES.filter((c) => c.east >= west && c.west <= east && c.north >= south && c.south <= north);
}
