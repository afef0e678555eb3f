import type { MipSolve } from '../lp/mip-types';
import type { LpSolve } from '../lp/types';
import type { PlanProgress, PlanSketch, PlanStep } from './types';
import { planSketch } from './plan-sketch';
import { solveByMethod } from '../lp/solve-by-method';
import type { PathSolveOptions } from '../lp/solve-by-paths';
import { warmRun, type WarmRun } from '../lp/warm-run';
import { buildPlanMip, type PlanInput, type PlanMipLayout } from './build-plan-mip';
import { withProjectCapacities } from './with-project-capacities';

/** An LP solver that starts from its last solve's basis where the LP has the same shape, holding memory until released. */
export interface WarmLpSolver {
  readonly solveLp: LpSolve;
  readonly release: () => void;
}

/** The solvers a plan needs: the neutral LP and MIP solvers of src/solver (or any others). */
export interface PlanLpSolvers {
  readonly solveLp: LpSolve;
  readonly solveMip: MipSolve;
  /** Optional: a warm-starting LP solver for runs of one-year LPs of one shape (the model years); without it, `solveLp`. */
  readonly warmLp?: () => WarmLpSolver;
  /**
   * Optional: a solver of the path method's masters that starts each from
   * the last one's basis (src/solver's `growingLp`), for the model years a
   * large network solves by paths; without it, every master is solved cold.
   */
  readonly growingLp?: PathSolveOptions['masterLp'];
}

/** A clock with the plan's deadline. */
export interface PlanClock {
  readonly started: number;
  /** Seconds left; undefined: no limit. */
  readonly remaining: () => number | undefined;
  readonly expired: () => boolean;
}

export function planClock(timeLimitSeconds: number | undefined): PlanClock {
  const started = performance.now();
  const remaining = (): number | undefined => (timeLimitSeconds === undefined ? undefined : timeLimitSeconds - (performance.now() - started) / 1000);
  return { started, remaining, expired: () => (remaining() ?? 1) <= 0 };
}

/** What solving the planning problem once gives. */
export type CoreOutcome =
  | {
      readonly kind: 'plan';
      /** `time-limit`: the best plan found when the time ran out. */
      readonly status: 'optimal' | 'time-limit';
      /** USD, present value (the MIP's objective of this plan). */
      readonly objective: number;
      /** Best lower bound known (the relaxation's, or the objective itself when proven optimal by it). */
      readonly bound: number;
      readonly gap: number;
      /** y(p,t): `fractions[p][t]`. */
      readonly fractions: readonly (readonly number[])[];
    }
  | { readonly kind: 'infeasible' }
  | { readonly kind: 'unbounded' }
  | { readonly kind: 'time-limit'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

/** y values this close to 0 or 1 are 0 or 1 (solver round-off). */
const INTEGRALITY = 1e-9;

/**
 * Solves the planning problem in steps, each giving a plan, a bound or both:
 *
 * 1. Every project open as early and as fully as it may be, each model year
 *    solved on its own (given the projects the years are independent): a
 *    feasible plan, and, with the projects' costs left out but those of the
 *    forced ones, a lower bound; a year infeasible even then makes the plan
 *    infeasible. On a large network this is the first plan with its gap,
 *    from a few one-year LPs rather than the whole multi-year one; the
 *    years after the first start from the last one's basis (`warmLp`), and a
 *    large network's years are solved by path generation (`auto`), each
 *    master from the last one's basis (`growingLp`), each year's first
 *    master seeded with the last year's paths.
 * 2. Every project left out where it may be (only the forced ones open),
 *    year by year in the same way: another plan, the better of the two
 *    kept (none when some year cannot serve its hard demands without them).
 * 3. The relaxation of the whole problem (every y in [0, 1]): a better
 *    bound, and the answer when every project is divisible or its y come
 *    out whole.
 * 4. The relaxation's y rounded up, year by year as in 1 (always feasible:
 *    more capacity only relaxes the rows, and rounding up keeps y monotone
 *    and within bounds).
 * 5. glpk.js's branch and bound within what is left of the time.
 *
 * The best plan is kept; its gap is proven against the best bound when
 * GLPK does not prove the asked one. Any step that meets the asked gap ends
 * it; the time limit ends it with the best plan so far (`time-limit`).
 * Progress is reported after every step that gives a plan or a bound.
 */
export function solvePlan(
  input: PlanInput,
  solvers: PlanLpSolvers,
  options: { readonly gap: number; readonly clock: PlanClock },
  onProgress?: (progress: PlanProgress) => void,
): CoreOutcome {
  // The model years differ in volumes and capacities, rarely in shape: each starts from the last one's basis,
  // the path method's first master from the last year's paths; the years share one layout.
  const warm = solvers.warmLp?.();
  const years = warmRun(warm?.solveLp ?? solvers.solveLp, {
    ...(solvers.growingLp === undefined ? {} : { masterLp: solvers.growingLp }),
    ...(warm === undefined ? {} : { release: warm.release }),
  });
  try {
    return solveInSteps(input, solvers, years, options, onProgress);
  } finally {
    years.release();
  }
}

function solveInSteps(
  input: PlanInput,
  solvers: PlanLpSolvers,
  solveYear: WarmRun,
  options: { readonly gap: number; readonly clock: PlanClock },
  onProgress?: (progress: PlanProgress) => void,
): CoreOutcome {
  const { clock, gap } = options;
  const search = new PlanSearch(input, clock, onProgress);
  const years = input.years.length;
  // Each model year solved is reported: on a large network the first plan takes several one-year LPs.
  const priced = (name: PlanStep['name'], phase: PlanProgress['phase']) => (yearsDone: number) => search.report(phase, { name, yearsDone, years });
  search.report('building', { name: 'all-built', yearsDone: 0, years });

  const fullest = yearByYear(input, input.projects.map((p) => p.upper), solveYear, clock, priced('all-built', 'building'));
  if (fullest.kind !== 'plan') return fullest.kind === 'no-plan' ? { kind: 'infeasible' } : fullest;
  // No plan has more capacity in any year, and every plan pays at least its forced projects.
  search.start(fullest.plan, fullest.operating + projectCosts(input, input.projects.map((p) => p.lower)));
  search.report('building', { name: 'none-built', yearsDone: 0, years });
  // A plan of divisible projects only is an LP, solved exactly below (its gap is 0); a MIP may stop here within the gap.
  const anyWhole = input.projects.some((p) => p.integer && p.lower.some((low, t) => low !== p.upper[t]));
  const firstGap = search.gap();
  if (firstGap === 0 || (anyWhole && firstGap <= gap)) return search.done('optimal');
  if (clock.expired()) return search.done('time-limit');

  const emptiest = yearByYear(input, input.projects.map((p) => p.lower), solveYear, clock, priced('none-built', 'building'));
  if (emptiest.kind === 'plan') search.keep(emptiest.plan);
  else if (emptiest.kind !== 'no-plan' && !clock.expired()) return emptiest;
  search.report('relaxation', { name: 'relaxation' });
  if (anyWhole && search.gap() <= gap) return search.done('optimal');
  if (clock.expired()) return search.done('time-limit');

  const { mip, layout } = buildPlanMip(input);
  const relaxation = solvers.solveLp(mip, limit(clock));
  if (relaxation.status !== 'optimal') return clock.expired() ? search.done('time-limit') : failed(relaxation.status, relaxation.message, clock);
  search.raiseBound(relaxation.objective + mip.objectiveConstant);
  const relaxed = readFractions(input, layout, relaxation.primal, false);
  if (isWhole(input, relaxed)) {
    return search.proven({ objective: relaxation.objective + mip.objectiveConstant, fractions: readFractions(input, layout, relaxation.primal, true) });
  }
  search.report('relaxation', { name: 'rounded', yearsDone: 0, years });

  const roundedUp = relaxed.map((row, p) => (input.projects[p]!.integer ? row.map((y) => (y > INTEGRALITY ? 1 : 0)) : row));
  const rounded = yearByYear(input, roundedUp, solveYear, clock, priced('rounded', 'relaxation'));
  if (rounded.kind === 'plan') search.keep(rounded.plan);
  // (No plan here would be a numerical slip of one year's LP: the branch and bound below still decides.)
  else if (rounded.kind !== 'no-plan' && !clock.expired()) return rounded;
  search.report('branching', { name: 'branch-and-bound' });
  if (search.gap() <= gap) return search.done('optimal');
  if (clock.expired()) return search.done('time-limit');

  const branched = solvers.solveMip(mip, { gap, ...limit(clock) });
  if (branched.feasible) search.keep({ objective: branched.objective, fractions: readFractions(input, layout, branched.primal, true) });
  switch (branched.status) {
    case 'optimal':
      return search.done('optimal', Math.min(gap, search.gap()));
    case 'time-limit':
      return search.done('time-limit');
    default:
      return { kind: 'error', message: `the branch and bound ended with status ${branched.status}${branched.message ? `: ${branched.message}` : ''}` };
  }
}

/**
 * What the steps of `solveInSteps` find together: the best plan and the best
 * bound so far, and the progress events that report them.
 */
class PlanSearch {
  private incumbent: number | null = null;
  private bound: number | null = null;
  // The best plan in brief, made again only when it changes (every progress event carries it).
  private sketch: PlanSketch | null = null;
  private best: Incumbent | null = null;

  constructor(
    private readonly input: PlanInput,
    private readonly clock: PlanClock,
    private readonly onProgress: ((progress: PlanProgress) => void) | undefined,
  ) {}

  report(phase: PlanProgress['phase'], step?: PlanStep): void {
    const { incumbent, bound, sketch } = this;
    this.onProgress?.({
      phase,
      incumbent,
      bound,
      gap: incumbent !== null && bound !== null ? relativeGap(incumbent, bound) : null,
      elapsedMs: performance.now() - this.clock.started,
      ...(step === undefined ? {} : { step }),
      ...(sketch === null ? {} : { plan: sketch }),
    });
  }

  /** The first plan and the first bound (USD, present value). */
  start(plan: Incumbent, bound: number): void {
    this.best = plan;
    this.bound = bound;
    this.incumbent = plan.objective;
    if (this.onProgress !== undefined) this.sketch = planSketch(this.input, plan.objective, plan.fractions);
  }

  /** Keeps `plan` when it is better than the best so far. */
  keep(plan: Incumbent): void {
    const best = this.plan();
    const kept = better(best, plan);
    if (kept !== best && this.onProgress !== undefined) this.sketch = planSketch(this.input, kept.objective, kept.fractions);
    this.best = kept;
    this.incumbent = kept.objective;
  }

  raiseBound(bound: number): void {
    this.bound = Math.max(this.boundSoFar(), bound);
  }

  /** The best plan's gap to the best bound. */
  gap(): number {
    return relativeGap(this.plan().objective, this.boundSoFar());
  }

  /** The best plan as the outcome, its gap `proven` (default: to the best bound). */
  done(status: 'optimal' | 'time-limit', proven = this.gap()): CoreOutcome {
    const best = this.plan();
    return { kind: 'plan', status, objective: best.objective, bound: this.boundSoFar(), gap: Math.max(0, proven), fractions: best.fractions };
  }

  /** `plan` as the outcome, proven optimal (gap 0) by the relaxation. */
  proven(plan: Incumbent): CoreOutcome {
    this.best = plan;
    return this.done('optimal', 0);
  }

  private plan(): Incumbent {
    if (this.best === null) throw new Error('PlanSearch: no plan yet (start() comes first)');
    return this.best;
  }

  private boundSoFar(): number {
    if (this.bound === null) throw new Error('PlanSearch: no bound yet (start() comes first)');
    return this.bound;
  }
}

/** A plan: its objective (USD, present value) and y(p,t). */
interface Incumbent {
  readonly objective: number;
  readonly fractions: readonly (readonly number[])[];
}

function better(a: Incumbent, b: Incumbent): Incumbent {
  return b.objective < a.objective ? b : a;
}

/**
 * The plan with y(p,t) = `fractions[p][t]`, each model year solved on its
 * own with the projects' capacities added at those fractions: its objective
 * Σ_t W_t·(L_t + Σ_p K_p·y(p,t)) and its operating part Σ_t W_t·L_t;
 * `no-plan` when some year is infeasible at those fractions.
 */
function yearByYear(
  input: PlanInput,
  fractions: readonly (readonly number[])[],
  solver: WarmRun,
  clock: PlanClock,
  onYear: (yearsDone: number) => void,
): { readonly kind: 'plan'; readonly plan: Incumbent; readonly operating: number } | { readonly kind: 'no-plan' } | Exclude<CoreOutcome, { kind: 'plan' | 'infeasible' }> {
  const projects = input.projects.map((p) => p.project);
  let operating = 0;
  for (let t = 0; t < input.years.length; t++) {
    const build = solver.layoutCache.build(withProjectCapacities(input.scenarios[t]!, projects, fractions.map((row) => row[t]!)));
    const { lp } = build;
    // As `solve` does: a large network's year by path generation (`auto`), its optimum certified on the arc LP.
    const solution = solveByMethod('auto', build, solver.solveLp, { ...limit(clock), ...solver.paths });
    if (solution.status !== 'optimal') {
      const outcome = failed(solution.status, solution.message, clock);
      return outcome.kind === 'infeasible' ? { kind: 'no-plan' } : outcome;
    }
    operating += input.weights[t]! * (solution.objective + lp.objectiveConstant);
    if (t + 1 < input.years.length) onYear(t + 1);
  }
  const copy = fractions.map((row) => [...row]);
  return { kind: 'plan', plan: { objective: operating + projectCosts(input, copy), fractions: copy }, operating };
}

/** Σ_t W_t·Σ_p K_p·y(p,t). */
function projectCosts(input: PlanInput, fractions: readonly (readonly number[])[]): number {
  let total = 0;
  input.projects.forEach((p, i) => input.years.forEach((_, t) => (total += input.weights[t]! * p.yearlyCost * fractions[i]![t]!)));
  return total;
}

function limit(clock: PlanClock): { timeLimitSeconds?: number } {
  const left = clock.remaining();
  return left === undefined ? {} : { timeLimitSeconds: Math.max(0.001, left) };
}

function failed(status: string, message: string | undefined, clock: PlanClock): Exclude<CoreOutcome, { kind: 'plan' }> {
  if (status === 'infeasible') return { kind: 'infeasible' };
  if (status === 'unbounded') return { kind: 'unbounded' };
  if (clock.expired()) return { kind: 'time-limit', message: message ?? 'the time limit ran out' };
  return { kind: 'error', message: message ?? `the solver ended with status ${status}` };
}

/** GLPK's relative gap, |incumbent − bound| / (|incumbent| + ε). */
export function relativeGap(incumbent: number, bound: number): number {
  return Math.abs(incumbent - bound) / (Math.abs(incumbent) + Number.EPSILON);
}

/** y(p,t) from a solution; `whole` rounds the all-or-nothing ones and clears round-off of the others. */
function readFractions(input: PlanInput, layout: PlanMipLayout, primal: Float64Array, whole: boolean): number[][] {
  return input.projects.map((scheduled, p) =>
    input.years.map((_, t) => {
      const y = primal[layout.projectColumn(p, t)]!;
      if (whole && scheduled.integer) return Math.round(y);
      return y < INTEGRALITY ? 0 : y > 1 - INTEGRALITY ? 1 : y;
    }),
  );
}

function isWhole(input: PlanInput, fractions: readonly (readonly number[])[]): boolean {
  return input.projects.every((scheduled, p) => !scheduled.integer || fractions[p]!.every((y) => y === 0 || y === 1));
}
