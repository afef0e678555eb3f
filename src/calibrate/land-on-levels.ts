import { COLUMN_KIND, type LpBuild } from '../lp';
import type { Observation, Result, Scenario } from '../model/types';
import type { FigureRow } from './figure-rows';
import { modelFigure, withinTolerance } from './observation-fit';
import { writeCalibration, type CalibrationPlan, type Step } from './write-calibration';
import type { CostChange } from './types';

export interface Landing {
  readonly scenario: Scenario;
  readonly changes: readonly CostChange[];
  /** The calibrated scenario's solve (not necessarily optimal: the caller checks). */
  readonly result: Result;
}

/**
 * The calibrated scenario, with steps where its optimum only ties with an
 * observed level: solved, and for the figure furthest off its level, each of
 * its links held at its tonnes of the pinned optimum (`addSteps`); solved
 * again, and so on while a figure misses and a step is new. One figure at a
 * time, because a step that lands one figure often lands others with it (two
 * corridors that share all the demand), and the fewest steps are wanted.
 * A cost marked `calibrate: "fixed"` gets no step: a published tariff does
 * not move, not even by ±STEP_USD.
 * `stop` is asked before each new solve (the time limit).
 */
export function landOnLevels(
  scenario: Scenario,
  build: LpBuild,
  pinned: Float64Array,
  fitted: { readonly rows: readonly FigureRow[]; readonly observations: readonly Observation[]; readonly levels: readonly number[] },
  costs: Omit<CalibrationPlan, 'steps'>,
  tolerance: number,
  solve: (scenario: Scenario) => Result,
  stop: () => boolean,
): Landing {
  const { rows, observations, levels } = fitted;
  const flows = linkFlows(build, pinned);
  // A figure on fixed costs only is landed by steps on the free ones: after the figures with steps of their own, which may land it too.
  const onlyFixed = rows.map((row) => row.arcs.length > 0 && row.arcs.every((l) => scenario.links[l]!.calibrate === 'fixed'));
  const steps = new Map<number, Step>();
  let written = writeCalibration(scenario, observations, levels, { ...costs, steps });
  let result = solve(written.scenario);
  for (let round = 0; round <= rows.length && result.status === 'optimal' && !stop(); round++) {
    const misses = rows
      .map((_, i) => ({ i, miss: relativeMiss(modelFigure(written.scenario, result, observations[i]!.of), levels[i]!) }))
      .filter(({ i }) => !withinTolerance(modelFigure(written.scenario, result, observations[i]!.of), levels[i]!, tolerance))
      .sort((a, b) => Number(onlyFixed[a.i]) - Number(onlyFixed[b.i]) || b.miss - a.miss);
    if (!misses.some(({ i }) => addSteps(scenario, stepArcs(scenario, rows[i]!), i, flows, steps))) break;
    written = writeCalibration(scenario, observations, levels, { ...costs, steps });
    result = solve(written.scenario);
  }
  return { ...written, result };
}

/**
 * Steps for one figure the optimum missed, on each of its links, holding the
 * link at its tonnes of the pinned optimum: a step link where they are
 * strictly between 0 and its capacity (`split`), a little dearer where it
 * carries nothing (`raise`), a little cheaper where it is full (`lower`).
 * False when nothing is new.
 */
function addSteps(scenario: Scenario, arcs: readonly number[], observation: number, flows: Float64Array, steps: Map<number, Step>): boolean {
  let added = false;
  for (const l of arcs) {
    const existing = steps.get(l);
    if (existing !== undefined) {
      if (!existing.observations.includes(observation)) steps.set(l, { ...existing, observations: [...existing.observations, observation] });
      continue;
    }
    const flow = flows[l]!;
    const capacity = scenario.links[l]!.capacity ?? Infinity;
    const kind = flow <= 1e-9 ? 'raise' : flow >= capacity * (1 - 1e-9) ? 'lower' : 'split';
    steps.set(l, { kind, flow, observations: [observation] });
    added = true;
  }
  return added;
}

/**
 * The links a missed figure's steps go on: its own links, except those marked
 * `calibrate: "fixed"`; where all are fixed, the links marked `free` (their
 * costs were changed to reproduce it, so holding them at their pinned tonnes
 * lands it as well as holding its own links would).
 */
function stepArcs(scenario: Scenario, row: FigureRow): number[] {
  const own = row.arcs.filter((l) => scenario.links[l]!.calibrate !== 'fixed');
  if (own.length > 0 || row.arcs.length === 0) return own;
  return scenario.links.flatMap((link, l) => (link.calibrate === 'free' && link.enabled !== false ? [l] : []));
}

function relativeMiss(model: number | null, level: number): number {
  return model === null ? Infinity : Math.abs(model - level) / Math.max(level, 1);
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
