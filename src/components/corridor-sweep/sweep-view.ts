import type { Sweep } from '../../analysis/sweep';
import type { Result, Scenario } from '../../model/types';
import { marginalMeta, parameterMeta, type MarginalMeta, type ParameterMeta } from './parameter-meta';
import { resultCorridorIds, shareSeries, type ShareSeries } from './share-series';
import { sweepRegimes, type RegimeChange } from './sweep-regimes';

/** One point in value order, with its index in the sweep. */
export interface SweepRow {
  readonly index: number;
  readonly value: number;
  readonly result: Result;
  readonly marginal: number | null;
}

/** What `<corridor-sweep>` draws of a sweep: its points in value order, the series, the regime changes and how to read the parameter. */
export interface SweepView {
  readonly rows: readonly SweepRow[];
  readonly series: readonly ShareSeries[];
  readonly regimes: readonly RegimeChange[];
  readonly meta: ParameterMeta;
  /** How to read the parameter's marginal value; null when it has none. */
  readonly marginal: MarginalMeta | null;
}

/** The view of `sweep`; `marginalValues` (in point order) override the marginal values read from the results. */
export function sweepView(sweep: Sweep, scenario: Scenario | null, marginalValues: readonly (number | null)[] | null): SweepView {
  const marginal = marginalMeta(sweep.parameter);
  const rows = sweep.points
    .map((p, index) => ({
      index,
      value: p.value,
      result: p.result,
      marginal: marginalValues?.[index] ?? marginal?.valueAt(p.result) ?? null,
    }))
    .sort((a, b) => a.value - b.value || a.index - b.index);
  return {
    rows,
    series: shareSeries(scenario, resultCorridorIds(rows.map((r) => r.result))),
    regimes: sweepRegimes(
      rows.map((r) => r.result),
      rows.map((r) => r.marginal),
    ),
    meta: parameterMeta(sweep.parameter, scenario),
    marginal,
  };
}

/** Runs of consecutive optimal points: areas and lines break where a solve is not optimal. */
export function optimalRuns(rows: readonly SweepRow[]): SweepRow[][] {
  const runs: SweepRow[][] = [];
  let current: SweepRow[] = [];
  for (const r of rows) {
    if (r.result.status === 'optimal') current.push(r);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
