import { buildLp, COLUMN_KIND, solveScenario, type LpBuild, type LpSolve } from '../lp';
import type { Observation, Result, Scenario } from '../model/types';
import { figureRows, type FigureRow } from './figure-rows';
import { findConflicts } from './find-conflicts';
import { fitCosts } from './fit-costs';
import { describeObservation } from './format-calibration';
import { LpBudget } from './lp-budget';
import { fitOf, fitStatistics, modelFigure, observationFit, withinTolerance } from './observation-fit';
import type { CalibrationOptions, CalibrationResult, ObservationConflict } from './types';
import { fittedCosts } from './fitted-costs';
import { STEP_USD, writeCalibration, type Step } from './write-calibration';

/** Default relative tolerance per observation (the 1%). */
export const DEFAULT_TOLERANCE = 0.01;

/**
 * Calibrates a scenario's costs to its `observed` figures (docs/calibration.md):
 * 1. the closest levels the network allows all observations together
 *    (`findConflicts`: those that cannot hold are named, with their miss);
 * 2. the calibration terms: duals of those levels pinned (`fitCosts`), put
 *    onto the observed items' costs;
 * 3. the calibrated scenario solved; where the optimum only ties with the
 *    observed level instead of landing on it, a step link (`writeCalibration`)
 *    makes it land; solved again and checked.
 *
 * Pure over `lpSolve` (no glpk.js here); never throws for a valid scenario:
 * a failure comes back with status `error` (or `time-limit`).
 */
export function calibrate(scenario: Scenario, lpSolve: LpSolve, options: CalibrationOptions = {}): CalibrationResult {
  const budget = new LpBudget(lpSolve, options.timeLimitSeconds);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const observations = fittedObservations(scenario.observed ?? [], options.year);
  const failed = (status: 'error' | 'time-limit', diagnosis: readonly string[], before: Result | null = null): CalibrationResult => {
    const fits = before === null ? (scenario.observed ?? []).map((o) => noFit(o)) : observationFit(scenario, before);
    return {
      status,
      scenario: null,
      changes: [],
      before: fits,
      after: fits,
      fitBefore: fitStatistics(fits),
      fitAfter: fitStatistics(fits),
      conflicts: [],
      measure: MEASURE,
      diagnosis,
      solver: budget.info(),
    };
  };
  try {
    if (!(tolerance > 0 && tolerance < 1)) return failed('error', [`calibrate: expected a tolerance between 0 and 1, got ${tolerance}`]);
    const solve = (s: Scenario): Result => solveScenario(s, budget.solve.bind(budget), timeLeft(budget));
    const base = solve(scenario);
    if (budget.expired()) return failed('time-limit', ['the calibration stopped at its time limit']);
    if (base.status !== 'optimal') {
      return failed('error', [`the scenario itself is ${base.status}: ${(base.diagnosis ?? []).join('; ')}`], base);
    }
    const before = observationFit(scenario, base);
    if (observations.length === 0) {
      return finish(scenario, base, scenario, base, [], [], true, budget);
    }

    const build = buildLp(scenario);
    const rows = figureRows(build, {
      corridors: idIndex(scenario.corridors ?? []),
      links: idIndex(scenario.links),
      nodes: idIndex(scenario.nodes),
    }, observations);
    const closest = findConflicts(scenario, build.lp, rows, observations, tolerance, budget);
    if (!closest.ok) return failed(closest.status, [closest.message], base);
    const { levels } = closest;

    const fit = fitCosts(build.lp, rows, levels, tolerance, budget);
    if (!fit.ok) return failed(fit.status === 'time-limit' ? 'time-limit' : 'error', [fit.message], base);
    const diagnosis: string[] = [];
    const plan = fittedCosts(scenario, rows, fit.terms, diagnosis);
    const flows = linkFlows(build, fit.primal);

    // Steps one figure at a time, the furthest off first: a step that lands one figure often lands
    // others with it (two corridors that share all the demand), and the fewest steps are wanted.
    const steps = new Map<number, Step>();
    let written = writeCalibration(scenario, observations, levels, { ...plan, steps });
    let after = solve(written.scenario);
    for (let round = 0; round <= rows.length; round++) {
      if (budget.expired()) return failed('time-limit', ['the calibration stopped at its time limit'], base);
      if (after.status !== 'optimal') break;
      const misses = rows
        .map((_, i) => ({ i, miss: relativeMiss(modelFigure(written.scenario, after, observations[i]!.of), levels[i]!) }))
        .filter(({ i, miss }) => !lands(written.scenario, after, observations[i]!, levels[i]!, tolerance) && miss > 0)
        .sort((a, b) => b.miss - a.miss);
      const added = misses.some(({ i }) => addSteps(scenario, rows, [i], flows, steps));
      if (!added) break;
      written = writeCalibration(scenario, observations, levels, { ...plan, steps });
      after = solve(written.scenario);
    }
    if (budget.expired()) return failed('time-limit', ['the calibration stopped at its time limit'], base);
    if (after.status !== 'optimal') {
      return failed('error', [`the calibrated scenario is ${after.status}: ${(after.diagnosis ?? []).join('; ')}`], base);
    }
    const conflicts: ObservationConflict[] = [...closest.conflicts];
    observations.forEach((observation, i) => {
      if (closest.conflicts.some((c) => c.of === observation.of)) return;
      const model = modelFigure(written.scenario, after, observation.of);
      if (withinTolerance(model, observation.value, tolerance)) return;
      conflicts.push({
        of: observation.of,
        observed: observation.value,
        closest: model ?? 0,
        missBy: Math.abs(observation.value - (model ?? 0)),
        reason: `the calibrated optimum does not land on ${describeObservation(observation, levels[i])}: it ties with other levels that cost the same`,
      });
    });
    if (!fit.exact) diagnosis.push(`the cost changes are not proven the least (the band of ±${fit.band * 100}% did not give exact pin duals)`);
    return { ...finish(scenario, base, written.scenario, after, written.changes, conflicts, fit.exact, budget), before, ...(diagnosis.length ? { diagnosis } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed('error', [`calibrate failed on scenario "${scenario.name}": ${message}`]);
  }
}

/**
 * The observations calibration fits, one per figure: with `year`, that
 * year's (else the undated one); otherwise the latest (a dated one before
 * an undated one). A scenario is one year: the same
 * figure seen in two years is history, not two targets at once. The others
 * are still shown before and after.
 */
export function fittedObservations(observed: readonly Observation[], year?: number): Observation[] {
  const rank = (o: Observation): number =>
    year === undefined ? (o.year ?? -Infinity) : o.year === year ? 1 : o.year === undefined ? 0 : -Infinity;
  const best = new Map<string, Observation>();
  for (const observation of observed) {
    if (rank(observation) === -Infinity && year !== undefined) continue;
    const current = best.get(observation.of);
    if (current === undefined || rank(observation) > rank(current)) best.set(observation.of, observation);
  }
  return observed.filter((o) => best.get(o.of) === o);
}

/** A calibration that could not run (for the worker, whose solver may fail to load): status `error`, no scenario. */
export function calibrationFailure(scenario: Scenario, message: string, ms: number): CalibrationResult {
  const fits = (scenario.observed ?? []).map((o) => noFit(o));
  const none = fitStatistics(fits);
  return {
    status: 'error',
    scenario: null,
    changes: [],
    before: fits,
    after: fits,
    fitBefore: none,
    fitAfter: none,
    conflicts: [],
    measure: MEASURE,
    diagnosis: [message],
    solver: { name: 'glpk.js', version: '', ms },
  };
}

/** How "smallest" is measured, in words (shown with every result). */
export const MEASURE =
  'least total |cost change| × observed t/yr (USD/yr): each observation moves only the costs of what it observes ' +
  '(a link, a corridor\u2019s gate links, a node), by one amount per observation, and among the amounts under which the ' +
  `observed levels are an optimum the smallest are taken; where the optimum must land strictly between two limits, a step of ±${STEP_USD} USD/t is added`;

function finish(
  scenario: Scenario,
  base: Result,
  calibrated: Scenario,
  after: Result,
  changes: CalibrationResult['changes'],
  conflicts: readonly ObservationConflict[],
  exact: boolean,
  budget: LpBudget,
): CalibrationResult {
  const before = observationFit(scenario, base);
  const afterFits = observationFit(calibrated, after);
  return {
    status: conflicts.length > 0 ? 'inconsistent' : 'calibrated',
    scenario: calibrated,
    changes,
    before,
    after: afterFits,
    fitBefore: fitStatistics(before),
    fitAfter: fitStatistics(afterFits),
    conflicts,
    measure: exact ? MEASURE : `${MEASURE} (not proven least: see diagnosis)`,
    solver: budget.info(),
  };
}

/**
 * Steps for a figure the optimum missed, on each of its links, holding the
 * link at its tonnes of the pinned optimum: a step link where they are
 * strictly between 0 and its capacity, a little dearer where it carries
 * nothing, a little cheaper where it is full. False when nothing is new.
 */
function addSteps(
  scenario: Scenario,
  rows: readonly FigureRow[],
  missing: readonly number[],
  flows: Float64Array,
  steps: Map<number, Step>,
): boolean {
  let added = false;
  for (const i of missing) {
    for (const l of rows[i]!.arcs) {
      const flow = flows[l]!;
      const capacity = scenario.links[l]!.capacity ?? Infinity;
      const existing = steps.get(l);
      if (existing !== undefined) {
        if (!existing.observations.includes(i)) steps.set(l, { ...existing, observations: [...existing.observations, i] });
        continue;
      }
      const kind = flow <= 1e-9 ? 'raise' : flow >= capacity * (1 - 1e-9) ? 'lower' : 'split';
      steps.set(l, { kind, flow, observations: [i] });
      added = true;
    }
  }
  return added;
}

function relativeMiss(model: number | null, level: number): number {
  return model === null ? Infinity : Math.abs(model - level) / Math.max(level, 1);
}

function lands(scenario: Scenario, result: Result, observation: Observation, level: number, tolerance: number): boolean {
  return withinTolerance(modelFigure(scenario, result, observation.of), level, tolerance);
}

/** t/yr on each link at the pinned optimum. */
function linkFlows(build: LpBuild, primal: Float64Array): Float64Array {
  const { layout } = build;
  const flows = new Float64Array(layout.linkIsArc.length);
  for (let j = 0; j < build.lp.numCols; j++) {
    if (layout.columnKind[j] === COLUMN_KIND.flow) flows[layout.columnItem[j]!]! += primal[j]!;
  }
  return flows;
}

function idIndex(items: readonly { readonly id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, index) => {
    if (!map.has(item.id)) map.set(item.id, index);
  });
  return map;
}

function timeLeft(budget: LpBudget): { timeLimitSeconds?: number } {
  const left = budget.secondsLeft();
  return left === undefined ? {} : { timeLimitSeconds: Math.max(0.001, left) };
}

function noFit(observation: Observation) {
  return fitOf(observation, null);
}
