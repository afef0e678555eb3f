import type { Result, Scenario } from '../model/types';
import { bindingSet } from './binding-set';
import { sharesOf } from './share-of';

export interface ComparedScenario {
  readonly name: string;
  readonly scenario: Scenario;
  readonly result: Result;
}

export interface ComparisonRow {
  /** What the row measures, e.g. `share:titr`, `objective`, `unitCost:kz_grain_tr`. */
  readonly key: string;
  readonly label: string;
  readonly unit: 't/yr' | 'USD/yr' | 'USD/t' | 'share' | 'days';
  /** One value per scenario, in order; null where it does not exist (a demand absent, nothing served). */
  readonly values: readonly (number | null)[];
  /** values[i] − values[0]; null where either is null. */
  readonly differences: readonly (number | null)[];
  /** True when some value differs from the first by more than a relative 1e-6. */
  readonly differs: boolean;
}

export interface Comparison {
  readonly names: readonly string[];
  readonly statuses: readonly Result['status'][];
  readonly rows: readonly ComparisonRow[];
  /** Per scenario, the binding constraints (`link:<id>` …); which are new or gone against the first. */
  readonly bottlenecks: readonly { readonly binding: readonly string[]; readonly added: readonly string[]; readonly removed: readonly string[] }[];
}

function row(key: string, label: string, unit: ComparisonRow['unit'], values: (number | null)[]): ComparisonRow {
  const first = values[0] ?? null;
  const differences = values.map((v) => (v === null || first === null ? null : v - first));
  const differs = values.some(
    (v) => (v === null) !== (first === null) || (v !== null && first !== null && Math.abs(v - first) > 1e-6 * Math.max(1, Math.abs(first))),
  );
  return { key, label, unit, values, differences, differs };
}

/**
 * What a served tonne costs on average, USD/t: each demand's `unitCost`
 * weighted by its served tonnes. Not objective / served: the objective also
 * holds the penalty paid for unserved tonnes, which would make leaving
 * demand unmet look like dearer transport.
 */
function costPerServedTonne(result: Result): number | null {
  if (result.served <= 0) return null;
  let carried = 0;
  for (const d of result.demands) if (d.unitCost !== null) carried += d.unitCost * d.served;
  return carried / result.served;
}

/**
 * Puts two or more solved scenarios side by side: split, cost, unit cost per
 * demand, unmet, bottlenecks, with the differences against the first.
 */
export function compareScenarios(items: readonly ComparedScenario[]): Comparison {
  const rows: ComparisonRow[] = [];
  const corridorIds = [...new Set(items.flatMap((i) => i.result.corridors.map((c) => c.id))), 'other'];
  for (const id of corridorIds) {
    rows.push(row(`share:${id}`, `${id} share`, 'share', items.map((i) => (i.result.status === 'optimal' ? (sharesOf(i.result)[id] ?? 0) : null))));
  }
  for (const id of corridorIds) {
    rows.push(
      row(`flow:${id}`, `${id} flow`, 't/yr', items.map((i) => {
        if (i.result.status !== 'optimal') return null;
        return id === 'other' ? i.result.other.flow : (i.result.corridors.find((c) => c.id === id)?.flow ?? 0);
      })),
    );
  }
  const optimal = (i: ComparedScenario, f: (r: Result) => number | null) => (i.result.status === 'optimal' ? f(i.result) : null);
  rows.push(row('objective', 'generalised cost (money + time valued)', 'USD/yr', items.map((i) => optimal(i, (r) => r.objective))));
  rows.push(row('unitCost', 'generalised cost per served tonne', 'USD/t', items.map((i) => optimal(i, costPerServedTonne))));
  rows.push(row('served', 'served', 't/yr', items.map((i) => optimal(i, (r) => r.served))));
  rows.push(row('unmet', 'unmet', 't/yr', items.map((i) => optimal(i, (r) => r.unmet))));
  const demandIds = [...new Set(items.flatMap((i) => i.result.demands.map((d) => d.id)))];
  for (const id of demandIds) {
    rows.push(row(`unitCost:${id}`, `${id} generalised cost per tonne`, 'USD/t', items.map((i) => optimal(i, (r) => r.demands.find((d) => d.id === id)?.unitCost ?? null))));
  }
  const sets = items.map((i) => bindingSet(i.result));
  const first = new Set(sets[0] ?? []);
  const bottlenecks = sets.map((binding) => ({
    binding,
    added: binding.filter((b) => !first.has(b)),
    removed: [...first].filter((b) => !binding.includes(b)),
  }));
  return { names: items.map((i) => i.name), statuses: items.map((i) => i.result.status), rows, bottlenecks };
}
