import type { Result } from '../model/types';
import { msg, str } from '../components/i18n';
import type { SolveProgressLine } from '../components/corridor-status/corridor-status';
import { relativeGap, type PathProgress } from '../lp/path-progress';

/** What `<corridor-status>` is given. */
export interface SolveStatusView {
  readonly state: 'idle' | 'solving' | 'solved' | 'infeasible' | 'error';
  /** Solve time of the result on screen, ms. */
  readonly ms: number | null;
  readonly message: string;
  readonly diagnosis: readonly string[];
  /** While a long solve runs: its rounds, routes and gap, when it tells them. */
  readonly progress: SolveProgressLine | null;
  /** While a long solve runs: it can be cancelled. */
  readonly cancellable: boolean;
}

/** How a solve in flight stands, beside `solving` (see `SolveController`). */
export interface LongSolve {
  /** The solve has run for LONG_SOLVE_MS: show its progress and Cancel. */
  readonly long: boolean;
  readonly progress: PathProgress | null;
  /** The user cancelled the solve of the latest scenario; the answer shown, if any, is to the one before. */
  readonly cancelled: boolean;
}

const QUICK: LongSolve = { long: false, progress: null, cancelled: false };

/**
 * The status line from the app's state: solving wins (the previous answer
 * stays on screen, dimmed; a long solve shows its progress and Cancel),
 * then a failure without a result (timeout, crash), then an invalid edit
 * (`invalid` problems), then a cancelled solve, then the result's own
 * status. While a large scenario is `checking` (validated in slices, the
 * one on screen kept until it is valid) and nothing is solving, the line
 * says so: the answer shown is not the new scenario's yet.
 */
export function solveStatusOf(solving: boolean, result: Result | null, failure: string | null, invalid = 0, live: LongSolve = QUICK, checking = false): SolveStatusView {
  if (solving) {
    const p = live.long ? live.progress : null;
    const progress = p === null ? null : { round: p.round, routes: p.columns, gap: relativeGap(p) };
    return { state: 'solving', ms: result?.solver.ms ?? null, message: msg('Solving…'), diagnosis: [], progress, cancellable: live.long };
  }
  if (checking) return { state: 'idle', ms: null, message: msg('Checking the scenario…'), diagnosis: [], progress: null, cancellable: false };
  return { ...settledStatusOf(result, failure, invalid, live.cancelled), progress: null, cancellable: false };
}

function settledStatusOf(result: Result | null, failure: string | null, invalid: number, cancelled: boolean): Omit<SolveStatusView, 'progress' | 'cancellable'> {
  if (failure !== null) return { state: 'error', ms: null, message: failure, diagnosis: [] };
  // The status bar stays in view while the editor is scrolled: it must not say "solved" for an edit it could not solve.
  if (invalid > 0) {
    const message =
      invalid === 1
        ? msg('1 invalid value in the editor; showing the last valid scenario')
        : msg(str`${invalid} invalid values in the editor; showing the last valid scenario`);
    return { state: 'error', ms: null, message, diagnosis: [] };
  }
  if (cancelled) {
    const message = result === null ? msg('Cancelled: not solved.') : msg('Cancelled: the figures shown are those before the last change.');
    return { state: 'idle', ms: null, message, diagnosis: [] };
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
