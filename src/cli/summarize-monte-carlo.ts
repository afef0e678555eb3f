import type { MonteCarlo } from '../analysis/monte-carlo';
import { sharesOf } from '../analysis/share-of';
import type { SolveStatus } from '../model/types';

/** One run as `montecarlo --json` prints it; the numbers are null when the run is not optimal. */
export interface MonteCarloOutcome {
  readonly status: SolveStatus;
  readonly objective: number | null;
  readonly served: number | null;
  readonly unmet: number | null;
  /** Each corridor's share and `other`'s, as fractions. */
  readonly shares: Readonly<Record<string, number>> | null;
}

/**
 * What `montecarlo --json` prints: every field of `monteCarlo`'s answer but
 * its full results (one `solve --json` each), which `outcomes` sums up, run
 * by run in the order of `draws`. A distribution over no optimal run holds
 * nulls (JSON has no NaN).
 */
export type MonteCarloSummary = Omit<MonteCarlo, 'results'> & { readonly outcomes: readonly MonteCarloOutcome[] };

export function summarizeMonteCarlo(mc: MonteCarlo): MonteCarloSummary {
  const { results: _results, ...numbers } = mc;
  return {
    ...numbers,
    outcomes: mc.results.map((r) =>
      r.status === 'optimal'
        ? { status: r.status, objective: r.objective, served: r.served, unmet: r.unmet, shares: sharesOf(r) }
        : { status: r.status, objective: null, served: null, unmet: null, shares: null },
    ),
  };
}
