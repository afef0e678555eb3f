import type { Scenario } from '../model/types';
import type { ExtraColumn, FigureRow } from './figure-rows';

/**
 * Costs cannot fall below 0, and in the pinned LP that is one more column per
 * cost a pin may move: "floor" tonnes that count toward the figures of the
 * pins on that link (or node) without travelling, at the item's own cost.
 * Its dual constraint is exactly c − Σ_i y_i ≥ 0 for the calibrated cost, so
 * the terms never take a cost below 0; and where a level could only be held
 * with a negative cost, floor tonnes fill the gap, which measures how far
 * the real flow stays short of the level at cost 0 (`shortOf`).
 *
 * A node pin's change may go on to the links into the node (`fittedCosts`),
 * so its floor is the node's cost plus the cheapest of those links' (a link
 * marked `calibrate: "fixed"` takes none of it).
 */
export function costFloors(scenario: Scenario, rows: readonly FigureRow[]): ExtraColumn[] {
  const linkEntries = new Map<number, [number, number][]>();
  const columns: ExtraColumn[] = [];
  rows.forEach((row, i) => {
    if (row.collection === 'nodes') {
      const movable = row.arcs.filter((l) => scenario.links[l]!.calibrate !== 'fixed');
      const cheapestIn = movable.reduce((least, l) => Math.min(least, scenario.links[l]!.cost), Infinity);
      const cost = (scenario.nodes[row.item]?.cost ?? 0) + (Number.isFinite(cheapestIn) ? cheapestIn : 0);
      columns.push({ cost, upper: Infinity, entries: [[i, 1]] });
      return;
    }
    for (const l of row.arcs) {
      const entries = linkEntries.get(l) ?? [];
      entries.push([i, 1]);
      linkEntries.set(l, entries);
    }
  });
  for (const [l, entries] of linkEntries) columns.push({ cost: scenario.links[l]!.cost, upper: Infinity, entries });
  return columns;
}

/** Per pin: the floor tonnes in its figure at the pinned optimum (t/yr the real flow stays short of the level). */
export function shortOf(rows: readonly FigureRow[], floors: readonly ExtraColumn[], primal: Float64Array, firstFloor: number): number[] {
  const short = rows.map(() => 0);
  floors.forEach((floor, c) => {
    const tonnes = primal[firstFloor + c]!;
    if (tonnes > 0) for (const [row, value] of floor.entries) short[row]! += value * tonnes;
  });
  return short;
}
