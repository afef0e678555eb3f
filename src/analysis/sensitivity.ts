import { getParameter, type ParameterChange } from '../model/parameter-path';
import { solveVariants } from './solve-variants';
import type { Result, Scenario } from '../model/types';
import { sharesOf } from './share-of';
import type { SolveMany, SolveManyOptions } from './types';

export interface SensitivityOptions extends SolveManyOptions {
  /** Relative move, e.g. 0.1 for ±10 %; default 0.1. */
  readonly relative?: number;
  /** Which fields to move; default every finite link and node capacity and cost. */
  readonly fields?: readonly ('capacity' | 'cost' | 'days' | 'volume')[];
}

export interface SensitivityEntry {
  readonly path: string;
  readonly baseValue: number;
  readonly lowValue: number;
  readonly highValue: number;
  /** Objective change, USD/yr, at the low and the high value; null where that solve is not optimal. */
  readonly objectiveDelta: readonly [number | null, number | null];
  /** Each corridor's (and `other`'s) share change at the low and the high value. */
  readonly shareDelta: Readonly<Record<string, readonly [number, number]>>;
  readonly lowStatus: Result['status'];
  readonly highStatus: Result['status'];
}

export interface Sensitivity {
  readonly relative: number;
  readonly base: Result;
  /** Ranked by the larger |objective change|, largest first (a tornado chart's order). */
  readonly entries: readonly SensitivityEntry[];
}

/** The parameter paths a one-at-a-time sensitivity moves: finite, non-zero, enabled items only. */
export function sensitivityPaths(scenario: Scenario, fields: SensitivityOptions['fields'] = ['capacity', 'cost']): string[] {
  const paths: string[] = [];
  const add = (kind: string, id: string, field: string) => {
    const path = `${kind}.${id}.${field}`;
    const value = getParameter(scenario, path);
    if (value !== undefined && Number.isFinite(value) && value !== 0) paths.push(path);
  };
  for (const field of fields) {
    if (field === 'volume') {
      for (const d of scenario.demands) add('demands', d.id, 'volume');
      continue;
    }
    for (const l of scenario.links) if (l.enabled !== false) add('links', l.id, field);
    for (const n of scenario.nodes) if (n.enabled !== false) add('nodes', n.id, field);
  }
  return paths;
}

/**
 * Moves every capacity and cost (or the chosen fields) by ±relative one at a
 * time and ranks them by their effect on the objective.
 */
export async function sensitivity(
  scenario: Scenario,
  solveMany: SolveMany,
  options: SensitivityOptions = {},
): Promise<Sensitivity> {
  const relative = options.relative ?? 0.1;
  const paths = sensitivityPaths(scenario, options.fields);
  const changes: (readonly ParameterChange[])[] = [[]];
  const values: { path: string; base: number; low: number; high: number }[] = [];
  for (const path of paths) {
    const base = getParameter(scenario, path)!;
    const low = base * (1 - relative);
    const high = base * (1 + relative);
    values.push({ path, base, low, high });
    changes.push([{ path, value: low }], [{ path, value: high }]);
  }
  const results = await solveVariants(solveMany, { base: scenario, changes }, options);
  const base = results[0]!;
  const baseShares = sharesOf(base);
  const delta = (r: Result) => (r.status === 'optimal' && base.status === 'optimal' ? r.objective - base.objective : null);
  const entries = values.map((v, i): SensitivityEntry => {
    const lo = results[1 + 2 * i]!;
    const hi = results[2 + 2 * i]!;
    const loShares = sharesOf(lo);
    const hiShares = sharesOf(hi);
    const shareDelta: Record<string, readonly [number, number]> = {};
    for (const id of Object.keys(baseShares)) {
      shareDelta[id] = [(loShares[id] ?? 0) - baseShares[id]!, (hiShares[id] ?? 0) - baseShares[id]!];
    }
    return {
      path: v.path,
      baseValue: v.base,
      lowValue: v.low,
      highValue: v.high,
      objectiveDelta: [delta(lo), delta(hi)],
      shareDelta,
      lowStatus: lo.status,
      highStatus: hi.status,
    };
  });
  // A move that makes the problem infeasible ranks above every finite change.
  const size = (e: SensitivityEntry) =>
    Math.max(...e.objectiveDelta.map((d) => (d === null ? Number.POSITIVE_INFINITY : Math.abs(d))));
  entries.sort((a, b) => (size(b) === size(a) ? a.path.localeCompare(b.path) : size(b) - size(a)));
  return { relative, base, entries };
}
