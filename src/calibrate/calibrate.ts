import { buildLp, solveScenario, type LpSolve } from '../lp';
import type { Observation, Result, Scenario } from '../model/types';
import { figureRows } from './figure-rows';
import { fittedObservations } from './fitted-observations';
import { landOnLevels } from './land-on-levels';
import { findConflicts } from './find-conflicts';
import { fitCosts } from './fit-costs';
import { freeFigures, movableRows } from './free-costs';
import { describeObservation } from './format-calibration';
import { LpBudget } from './lp-budget';
import { fitOf, fitStatistics, modelFigure, observationFit, withinTolerance } from './observation-fit';
import type { CalibrationOptions, CalibrationResult, ObservationConflict } from './types';
import { fittedCosts } from './fitted-costs';
import { costFloors } from './cost-floors';
import { formatTonnes } from './format-calibration';
import type { FigureRow } from './figure-rows';
import { STEP_USD } from './write-calibration';

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
  const failed = (status: 'error' | 'time-limit', diagnosis: readonly string[], base: Result | null = null): CalibrationResult =>
    failure(scenario, status, diagnosis, budget.info(), base);
  try {
    if (!(tolerance > 0 && tolerance < 1)) return failed('error', [`calibrate: expected a tolerance between 0 and 1, got ${tolerance}`]);
    const solve = (s: Scenario): Result => solveScenario(s, budget.solve.bind(budget), timeLeft(budget));
    const base = solve(scenario);
    if (budget.expired()) return failed('time-limit', ['the calibration stopped at its time limit']);
    if (base.status !== 'optimal') {
      return failed('error', [`the scenario itself is ${base.status}: ${(base.diagnosis ?? []).join('; ')}`], base);
    }
    if (observations.length === 0) {
      return finish(scenario, base, scenario, base, [], [], true, budget);
    }

    const build = buildLp(scenario);
    const links = idIndex(scenario.links);
    const ids = {
      corridors: idIndex(scenario.corridors ?? []),
      links,
      nodes: idIndex(scenario.nodes),
      stepOf: scenario.links.map((l) => (l.calibrated?.stepOf === undefined ? -1 : (links.get(l.calibrated.stepOf) ?? -1))),
    };
    const rows = figureRows(build, ids, observations);
    const closest = findConflicts(scenario, build.lp, rows, observations, tolerance, budget);
    if (!closest.ok) return failed(closest.status, [closest.message], base);

    const free = figureRows(build, ids, freeFigures(scenario));
    const adjustable = { movable: movableRows(scenario, rows), free };
    const fit = fitCosts(build.lp, rows, closest.levels, tolerance, budget, (priced) => costFloors(scenario, priced), adjustable);
    if (!fit.ok) return failed(fit.status === 'time-limit' ? 'time-limit' : 'error', [fit.message], base);
    const belowZero = costsBelowZero(scenario, rows, observations, closest.levels, fit.short, tolerance).filter(
      (c) => !closest.conflicts.some((known) => known.of === c.of),
    );
    const levels = closest.levels.map((level, i) => level - fit.short[i]!);
    const diagnosis: string[] = [];
    const plan = fittedCosts(scenario, [...rows, ...free], [...fit.terms, ...fit.freeTerms], diagnosis, [
      ...rows.map((_, i) => [i]),
      ...free.map(() => observations.map((_, i) => i)),
    ]);
    const landing = landOnLevels(scenario, build, fit.primal, { rows, observations, levels }, plan, tolerance, solve, () => budget.expired());
    if (budget.expired()) return failed('time-limit', ['the calibration stopped at its time limit'], base);
    const { result: after, scenario: calibrated } = landing;
    if (after.status !== 'optimal') {
      return failed('error', [`the calibrated scenario is ${after.status}: ${(after.diagnosis ?? []).join('; ')}`], base);
    }
    const known = [...closest.conflicts, ...belowZero];
    const conflicts = [...known, ...missedLevels(calibrated, after, observations, levels, known, tolerance)];
    if (!fit.exact) diagnosis.push(`the cost changes are not proven the least (the band of ±${fit.band * 100}% did not give exact pin duals)`);
    const result = finish(scenario, base, calibrated, after, landing.changes, conflicts, fit.exact, budget);
    const measure = free.length === 0 ? result.measure : `${result.measure}; ${FREE_MEASURE}`;
    return { ...result, measure, ...(diagnosis.length ? { diagnosis } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed('error', [`calibrate failed on scenario "${scenario.name}": ${message}`]);
  }
}

/** A calibration that could not run (for the worker, whose solver may fail to load): status `error`, no scenario. */
export function calibrationFailure(scenario: Scenario, message: string, ms: number): CalibrationResult {
  return failure(scenario, 'error', [message], { name: 'glpk.js', version: '', ms });
}

function failure(
  scenario: Scenario,
  status: 'error' | 'time-limit',
  diagnosis: readonly string[],
  solver: CalibrationResult['solver'],
  base: Result | null = null,
): CalibrationResult {
  const fits = base === null ? (scenario.observed ?? []).map((o) => fitOf(o, null)) : observationFit(scenario, base);
  const none = fitStatistics(fits);
  return { status, scenario: null, changes: [], before: fits, after: fits, fitBefore: none, fitAfter: none, conflicts: [], measure: MEASURE, diagnosis, solver };
}

/** Observations whose level could only be held with a cost below 0 (see `costFloors`), with the level reached at 0. */
function costsBelowZero(
  scenario: Scenario,
  rows: readonly FigureRow[],
  observations: readonly Observation[],
  levels: readonly number[],
  short: readonly number[],
  tolerance: number,
): ObservationConflict[] {
  return observations.flatMap((observation, i) => {
    const reached = levels[i]! - short[i]!;
    if (withinTolerance(reached, observation.value, tolerance) || withinTolerance(reached, levels[i]!, tolerance)) return [];
    const row = rows[i]!;
    const costs =
      row.collection === 'nodes'
        ? `nodes.${scenario.nodes[row.item]!.id}.cost and the links into it`
        : row.arcs.map((l) => `links.${scenario.links[l]!.id}.cost`).join(', ');
    return [
      {
        of: observation.of,
        observed: observation.value,
        closest: reached,
        missBy: Math.abs(observation.value - reached),
        reason: `it would need ${costs} below 0; with them at 0 the optimum reaches ${formatTonnes(reached)}`,
      },
    ];
  });
}

/** The fitted observations (not already conflicts) that the calibrated optimum still misses: honest about a failure to land. */
function missedLevels(
  calibrated: Scenario,
  after: Result,
  observations: readonly Observation[],
  levels: readonly number[],
  known: readonly ObservationConflict[],
  tolerance: number,
): ObservationConflict[] {
  return observations.flatMap((observation, i) => {
    if (known.some((c) => c.of === observation.of)) return [];
    const model = modelFigure(calibrated, after, observation.of);
    if (withinTolerance(model, observation.value, tolerance)) return [];
    return [
      {
        of: observation.of,
        observed: observation.value,
        closest: model ?? 0,
        missBy: Math.abs(observation.value - (model ?? 0)),
        reason: `the calibrated optimum does not land on ${describeObservation(observation, levels[i])}: it ties with other levels that cost the same`,
      },
    ];
  });
}

/** How "smallest" is measured, in words (shown with every result). */
export const MEASURE =
  'least total |cost change| × observed t/yr (USD/yr): each observation moves only the costs of what it observes ' +
  '(a link, a corridor\u2019s gate links, a node), by one amount per observation, and among the amounts under which the ' +
  `observed levels are an optimum the smallest are taken; where the optimum must land strictly between two limits, a step of ±${STEP_USD} USD/t is added`;

/** Added to `MEASURE` when the scenario marks costs `calibrate: "free"`. */
export const FREE_MEASURE =
  'a cost marked "free" (no published tariff) may change too, weighted by its own tonnes in the pinned optimum (at least 1 t/yr), ' +
  'and a cost marked "fixed" (a published tariff) never changes';

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
