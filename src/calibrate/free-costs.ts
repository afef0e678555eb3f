import type { Observation, Scenario } from '../model/types';
import type { FigureRow } from './figure-rows';

/**
 * Whether an observation's own cost change (one amount on every link of its
 * figure, or on its node) prices it: not when any of those costs is marked
 * `calibrate: "fixed"`, a known tariff, and not when all are marked `free`,
 * because each free cost then moves by its own amount, which includes the
 * one common amount and may be less (a corridor's unused gate need not move
 * as far as its busy one). Such an observation is still held at its level.
 */
export function movableRows(scenario: Scenario, rows: readonly FigureRow[]): boolean[] {
  return rows.map((row) => {
    if (row.item < 0) return false;
    if (row.collection === 'nodes') return scenario.nodes[row.item]!.calibrate === undefined;
    const marks = row.arcs.map((l) => scenario.links[l]!.calibrate);
    return !marks.includes('fixed') && !(marks.length > 0 && marks.every((mark) => mark === 'free'));
  });
}

/**
 * The figures of the costs marked `calibrate: "free"` (no published tariff):
 * a link's flow, a node's throughput. Calibration holds each at its tonnes
 * in the pinned optimum so that the dual of that hold is a cost change the
 * least-change measure can choose (docs/calibration.md); `value` is a
 * placeholder, never fitted or shown.
 */
export function freeFigures(scenario: Scenario): Observation[] {
  const enabled = (item: { readonly enabled?: boolean }): boolean => item.enabled !== false;
  return [
    ...scenario.links.filter((l) => l.calibrate === 'free' && enabled(l)).map((l) => ({ of: `links.${l.id}.flow`, value: 0 })),
    ...scenario.nodes.filter((n) => n.calibrate === 'free' && enabled(n)).map((n) => ({ of: `nodes.${n.id}.throughput`, value: 0 })),
  ];
}

/** A figure's level at an LP solution: Σ coef·x + constant. */
export function rowLevel(row: FigureRow, primal: Float64Array): number {
  return row.columns.reduce((sum, j, p) => sum + row.coefficients[p]! * primal[j]!, row.constant);
}
