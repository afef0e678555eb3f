import type { CalibrationMark, Corridor, Observation, Scenario, ScenarioLink, ScenarioNode } from '../model/types';
import { describeObservation, formatTonnes, formatUsd, formatUsdChange } from './format-calibration';
import type { CostChange } from './types';

/** One fitted cost: the new value (before any step) and the observations it serves (indices). */
export interface FittedCost {
  readonly cost: number;
  readonly observations: readonly number[];
}

/**
 * How a link is held at its tonnes of the pinned optimum, where the optimum
 * only ties with them: `split`, a step link beside it carries its first
 * `flow` t/yr (an interior level); `raise`, it gets dearer by `STEP_USD` (it
 * carries nothing); `lower`, it gets cheaper by `STEP_USD` (it is full).
 */
export interface Step {
  readonly kind: 'split' | 'raise' | 'lower';
  readonly flow: number;
  readonly observations: readonly number[];
}

export interface CalibrationPlan {
  /** By link index. */
  readonly links: ReadonlyMap<number, FittedCost>;
  /** By node index. */
  readonly nodes: ReadonlyMap<number, FittedCost>;
  /** By link index. */
  readonly steps: ReadonlyMap<number, Step>;
}

/**
 * Half the height of a calibration step, USD/t: the step link is this much
 * below the fitted cost and its link this much above it, so that the optimum
 * strictly prefers the observed level (docs/calibration.md). Far above the
 * solver's tolerances, far below any tariff's precision.
 */
export const STEP_USD = 0.01;

/**
 * The calibrated scenario: every other field kept as it was; each changed
 * cost with its old value and the reason in `assumption` and a `calibrated`
 * mark; each step link right after its link (and in its corridor's gates
 * after it, so the corridor's tonnes stay the corridor's).
 */
export function writeCalibration(
  scenario: Scenario,
  observations: readonly Observation[],
  levels: readonly number[],
  plan: CalibrationPlan,
): { readonly scenario: Scenario; readonly changes: readonly CostChange[] } {
  const changes: CostChange[] = [];
  const why = (indices: readonly number[]): string =>
    indices.map((i) => describeObservation(observations[i]!, levels[i])).join('; ');
  const ofs = (indices: readonly number[]): string[] => indices.map((i) => observations[i]!.of);
  const takenIds = new Set(scenario.links.map((l) => l.id));
  const stepIdOf = new Map<string, string>();

  const nodes = scenario.nodes.map((node, n): ScenarioNode => {
    const fitted = plan.nodes.get(n);
    const old = node.cost ?? 0;
    if (fitted === undefined || fitted.cost === old) return node;
    const reason = `calibrated: was ${formatUsd(old)}${freeNote(node)}; ${formatUsdChange(fitted.cost - old)} to reproduce ${why(fitted.observations)}`;
    changes.push({ set: `nodes.${node.id}.cost`, old, value: fitted.cost, reason });
    return { ...node, cost: fitted.cost, assumption: withEarlier(reason, node.assumption), calibrated: markOf(node, old, ofs(fitted.observations)) };
  });

  const writer: Writer = { changes, why, ofs };
  const links: ScenarioLink[] = [];
  scenario.links.forEach((link, l) => {
    const fitted = plan.links.get(l);
    const step = plan.steps.get(l);
    if (step === undefined) links.push(fittedLink(writer, link, fitted));
    else if (step.kind !== 'split') links.push(steppedLink(writer, link, fitted, step));
    else {
      const split = splitLink(writer, link, fitted, step, takenIds);
      stepIdOf.set(link.id, split.step.id);
      links.push(split.link, split.step);
    }
  });

  const corridors = scenario.corridors?.map((corridor): Corridor => {
    if (!corridor.gates.some((gate) => stepIdOf.has(gate))) return corridor;
    return { ...corridor, gates: corridor.gates.flatMap((gate) => (stepIdOf.has(gate) ? [gate, stepIdOf.get(gate)!] : [gate])) };
  });

  if (changes.length === 0) return { scenario, changes };
  return { scenario: { ...scenario, nodes, links, ...(corridors === undefined ? {} : { corridors }) }, changes };
}


/** Where the changes go, and how a reason names the observations (by index) it reproduces. */
interface Writer {
  readonly changes: CostChange[];
  readonly why: (indices: readonly number[]) => string;
  readonly ofs: (indices: readonly number[]) => string[];
}

/** A link without a step: its fitted cost, or the link as it was when nothing changed. */
function fittedLink({ changes, why, ofs }: Writer, link: ScenarioLink, fitted: FittedCost | undefined): ScenarioLink {
  const old = link.cost;
  const base = fitted?.cost ?? old;
  if (fitted === undefined || base === old) return link;
  const reason = `calibrated: was ${formatUsd(old)}${freeNote(link)}; ${formatUsdChange(base - old)} to reproduce ${why(fitted.observations)}`;
  changes.push({ set: `links.${link.id}.cost`, old, value: base, reason });
  return { ...link, cost: base, assumption: withEarlier(reason, link.assumption), calibrated: markOf(link, old, ofs(fitted.observations)) };
}

/** A link held at its tonnes by a one-sided step: `STEP_USD` dearer (`raise`) or cheaper (`lower`) than fitted. */
function steppedLink({ changes, why, ofs }: Writer, link: ScenarioLink, fitted: FittedCost | undefined, step: Step): ScenarioLink {
  const old = link.cost;
  const base = fitted?.cost ?? old;
  const served = servedObservations(fitted, step);
  const value = step.kind === 'raise' ? round6(base + STEP_USD) : Math.max(0, round6(base - STEP_USD));
  const fittedPart = base === old ? 'no change' : formatUsdChange(base - old);
  const why2 =
    step.kind === 'raise'
      ? `then ${formatUsdChange(STEP_USD)} so that no tonne takes it while others tie with it`
      : `then ${formatUsdChange(-STEP_USD)} so that it stays full while others tie with it`;
  const reason = `calibrated: was ${formatUsd(old)}${freeNote(link)}; ${fittedPart} to reproduce ${why(served)}, ${why2}`;
  changes.push({ set: `links.${link.id}.cost`, old, value, reason });
  return { ...link, cost: value, assumption: withEarlier(reason, link.assumption), calibrated: markOf(link, old, ofs(served)) };
}

/**
 * A link held at an interior level: a step link beside it (its id new in
 * `takenIds`) carries the first `step.flow` t/yr `STEP_USD` below the fitted
 * cost, the link the tonnes beyond at `STEP_USD` above, sharing its capacity.
 */
function splitLink(
  { changes, why, ofs }: Writer,
  link: ScenarioLink,
  fitted: FittedCost | undefined,
  step: Step,
  takenIds: Set<string>,
): { readonly link: ScenarioLink; readonly step: ScenarioLink } {
  const old = link.cost;
  const base = fitted?.cost ?? old;
  const served = servedObservations(fitted, step);
  // A step of a step (a second calibration) is a step of the same link: the link's figure counts it.
  const root = link.calibrated?.stepOf ?? link.id;
  const stepId = uniqueId(`${root.slice(0, 55)}.cal-step`, takenIds);
  const above = round6(base + STEP_USD);
  const below = Math.max(0, round6(base - STEP_USD));
  const capacityNote =
    link.capacity === undefined ? '' : `; its capacity ${formatTonnes(link.capacity)} is shared with the step (${formatTonnes(link.capacity - Math.min(step.flow, link.capacity))} left here)`;
  const reason =
    `calibrated: was ${formatUsd(old)}${freeNote(link)}; ${base === old ? 'no change' : formatUsdChange(base - old)} to reproduce ${why(served)}, ` +
    `then a step of ±${STEP_USD} USD/t so that the optimum lands on it: the first ${formatTonnes(step.flow)} run on the calibration step ` +
    `links.${stepId} at ${formatUsd(below)}, tonnes beyond that here at ${formatUsd(above)}${capacityNote}`;
  changes.push({ set: `links.${link.id}.cost`, old, value: above, reason });
  const kept: ScenarioLink = {
    ...link,
    cost: above,
    ...(link.capacity === undefined ? {} : { capacity: Math.max(0, link.capacity - step.flow) }),
    assumption: withEarlier(reason, link.assumption),
    calibrated: markOf(link, old, ofs(served)),
  };
  const stepReason = `calibration step of links.${root}: its first ${formatTonnes(step.flow)} at ${formatUsd(below)}, so that the optimum lands on ${why(step.observations)}`;
  changes.push({ set: `links.${stepId}.cost`, old: null, value: below, reason: stepReason });
  const { capacity: _capacity, source: _source, assumption: _assumption, calibrated: _mark, calibrate: _free, name, ...shape } = link;
  const stepLink: ScenarioLink = {
    ...shape,
    id: stepId,
    name: `${name ?? link.id} (calibration step)`,
    cost: below,
    capacity: link.capacity === undefined ? step.flow : Math.min(step.flow, link.capacity),
    assumption: stepReason,
    calibrated: { from: null, observations: ofs(step.observations), stepOf: root },
  };
  return { link: kept, step: stepLink };
}

/** The observations a stepped link serves: its fit's and its step's, in index order. */
function servedObservations(fitted: FittedCost | undefined, step: Step): number[] {
  return [...new Set([...(fitted?.observations ?? []), ...step.observations])].sort((a, b) => a - b);
}

/**
 * The mark of a changed cost. Calibrating a calibrated scenario again keeps
 * the first `from` (the tariff before any calibration; null on a step link)
 * and a step link's `stepOf`.
 */
function markOf(item: ScenarioLink | ScenarioNode, old: number, observations: readonly string[]): CalibrationMark {
  const earlier = item.calibrated;
  return {
    from: earlier === undefined ? old : earlier.from,
    observations,
    ...(earlier?.stepOf === undefined ? {} : { stepOf: earlier.stepOf }),
  };
}

/** Costs are written to 1e-6 USD/t: the file stays readable and far finer than the step. */
export function round6(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Said of a cost changed because it is marked `calibrate: "free"`, so a reader knows why an unobserved cost moved. */
function freeNote(item: ScenarioLink | ScenarioNode): string {
  return item.calibrate === 'free' ? ' (no published tariff: marked "free" to calibrate)' : '';
}

function withEarlier(reason: string, earlier: string | undefined): string {
  return earlier === undefined || earlier === '' ? reason : `${reason}. Before calibration: ${earlier}`;
}

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted.slice(0, 60)}${n}`;
  taken.add(id);
  return id;
}
