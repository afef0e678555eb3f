import type { Result } from '../model/types';
import { msg, str } from '../components/i18n';

/** What `<corridor-status>` is given. */
export interface SolveStatusView {
  readonly state: 'idle' | 'solving' | 'solved' | 'infeasible' | 'error';
  /** Solve time of the result on screen, ms. */
  readonly ms: number | null;
  readonly message: string;
  readonly diagnosis: readonly string[];
}

/**
 * The status line from the app's state: solving wins (the previous answer
 * stays on screen, dimmed), then a failure without a result (timeout,
 * crash), then an invalid edit (`invalid` problems), then the result's own
 * status.
 */
export function solveStatusOf(solving: boolean, result: Result | null, failure: string | null, invalid = 0): SolveStatusView {
  if (solving) return { state: 'solving', ms: result?.solver.ms ?? null, message: msg('Solving…'), diagnosis: [] };
  if (failure !== null) return { state: 'error', ms: null, message: failure, diagnosis: [] };
  // The status bar stays in view while the editor is scrolled: it must not say "solved" for an edit it could not solve.
  if (invalid > 0) {
    const message =
      invalid === 1
        ? msg('1 invalid value in the editor; showing the last valid scenario')
        : msg(str`${invalid} invalid values in the editor; showing the last valid scenario`);
    return { state: 'error', ms: null, message, diagnosis: [] };
  }
  if (result === null) return { state: 'idle', ms: null, message: '', diagnosis: [] };
  const diagnosis = result.diagnosis ?? [];
  switch (result.status) {
    case 'optimal':
      return { state: 'solved', ms: result.solver.ms, message: '', diagnosis: result.warnings ?? [] };
    case 'infeasible':
      return { state: 'infeasible', ms: result.solver.ms, message: msg('No flow meets every hard demand and bound.'), diagnosis };
    case 'unbounded':
      return { state: 'error', ms: result.solver.ms, message: msg('The problem is unbounded (a negative cost cycle?).'), diagnosis };
    case 'error':
      return { state: 'error', ms: result.solver.ms, message: msg('The solver failed.'), diagnosis };
    case 'time-limit':
      return { state: 'error', ms: result.solver.ms, message: msg('The solve stopped at its time limit; no figures are claimed.'), diagnosis };
  }
}
