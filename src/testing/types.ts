/**
 * Every public type of `corridor-flow/testing`: what the arbitraries take and
 * give, what the checks report, and the shape of a solve function.
 */
import type { Arbitrary } from 'fast-check';
import type { Result, Scenario } from '../model/types';

/**
 * Anything that solves a scenario: the in-process glpk.js solver
 * (`createTestSolver()`), a worker client, or a solver under test.
 */
export type SolveFunction = (scenario: Scenario) => Result | Promise<Result>;

/**
 * The invariants `checkResult` verifies, by name. Each is one sentence of
 * the spec's "optimisation problem" or "Results" section:
 *
 * - `result-shape`: every item of the problem has exactly one entry in the
 *   result, no entry names an unknown item, every number is finite.
 * - `status`: a result that is not optimal carries a non-empty `diagnosis`.
 * - `non-negative`: flows, throughputs, served, unmet and marginal values ≥ 0.
 * - `closed-items`: disabled links and nodes, links touching a disabled node
 *   and gates of a disabled corridor carry nothing.
 * - `link-capacity`, `node-capacity`: flow ≤ capacity, throughput ≤ capacity.
 * - `utilisation`: flow / capacity, `null` where capacity is unlimited.
 * - `demand-balance`: served + unmet = volume, unmet = 0 for a hard demand.
 * - `totals`: the result's `served` and `unmet` are the sums over demands.
 * - `node-throughput`: throughput = flow on entering links + tonnes served
 *   from the node.
 * - `aggregate-conservation`: at every node, inflow − outflow = tonnes served
 *   to it − tonnes served from it (the sum of every demand's conservation).
 * - `demand-flows`: per-demand flows (the `flows` extension) sum to each
 *   link's flow and use only open links; with `requireDemandFlows`, their
 *   absence is itself a violation.
 * - `demand-conservation`: each demand's flows leave its origin, reach its
 *   destination and are conserved everywhere else (needs `flows`).
 * - `corridor-flow`: a corridor's flow is the flow on its gates.
 * - `corridor-bounds`: min/max share and min/max flow hold; a disabled
 *   corridor carries nothing and its bounds still hold at flow 0 (the spec's
 *   rows do not depend on `enabled`); `maxShare` 1 is no bound.
 * - `shares`: share = flow / served; `other` = served − corridor flows and
 *   the shares plus `other` add up to 1 (checked only when no route can cross
 *   gates twice, as the spec warns).
 * - `objective`: the objective recomputed from the flows.
 * - `unit-cost`, `demand-days`: each demand's cost per tonne and average
 *   days, exactly with `flows`, otherwise summed over demands.
 * - `complementary-slackness`: a marginal value is positive only where its
 *   capacity or bound is exactly used, and 0 where the capacity is unlimited.
 * - `cheapest-routes`: under the prices of the certificate, every served
 *   tonne travels on a cheapest route (per demand with `flows`; without them,
 *   every link carrying flow lies on a cheapest route of some served demand).
 * - `unmet-pricing`: a demand is left unmet only where its cheapest route
 *   costs at least its penalty, and served only where it costs at most that.
 * - `marginal-cost`: a demand's marginal cost is the price of its cheapest
 *   route (or its penalty when some of it is unmet).
 */
export const INVARIANTS = [
  'result-shape',
  'status',
  'non-negative',
  'closed-items',
  'link-capacity',
  'node-capacity',
  'utilisation',
  'demand-balance',
  'totals',
  'node-throughput',
  'aggregate-conservation',
  'demand-flows',
  'demand-conservation',
  'corridor-flow',
  'corridor-bounds',
  'shares',
  'objective',
  'unit-cost',
  'demand-days',
  'complementary-slackness',
  'cheapest-routes',
  'unmet-pricing',
  'marginal-cost',
] as const;
export type Invariant = (typeof INVARIANTS)[number];

/** The metamorphic relations, by name (`metamorphic` holds one of each). */
export const RELATIONS = [
  'more-capacity',
  'more-demand',
  'scale-costs',
  'remove-unused-link',
  'duplicate-link',
  'rename-and-reorder',
] as const;
export type RelationName = (typeof RELATIONS)[number];

/**
 * One broken invariant. `item` names the offending item the way parameter
 * paths do (`links.l3`, `nodes.n1`, `corridors.c0`, `demands.d2`); `message`
 * is a sentence a person can act on, with the numbers that disagree.
 */
export interface Violation {
  readonly invariant: Invariant | RelationName;
  readonly item?: string;
  readonly message: string;
}

/** Options of `checkResult`. */
export interface CheckResultOptions {
  /**
   * Relative tolerance, default 1e-6: flows are compared to within
   * `tolerance × max(1, total volume)`, money to within
   * `tolerance × max(1, the larger magnitude)`.
   */
  readonly tolerance?: number;
  /**
   * When true, a result without per-demand `flows` is itself a violation
   * (`demand-flows`); default false: the per-demand checks are skipped and
   * the weaker aggregate forms are used.
   */
  readonly requireDemandFlows?: boolean;
}

/** An inclusive range of integers. */
export interface IntegerRange {
  readonly min: number;
  readonly max: number;
}

/**
 * What `scenarioArbitrary` and `scenarioWithBoundArbitrary` generate. Every
 * field is optional; the default is given with each.
 *
 * The generated network: nodes `n0 … n(N−1)` in a line with a backbone link
 * from each node to the next (`l0 … l(N−2)`); then each corridor's gate links,
 * which all cross one cut of that line (so no route crosses two gates); then
 * extra links. Every link points forward unless `backwardLinks` is true, so
 * routes never loop. Demands `d0 …` go forward along the line; corridors are
 * `c0 …`. All numbers are integers (shares are tenths), so a shrunk
 * counter-example reads like one written by hand.
 */
export interface ScenarioConstraints {
  /** Number of nodes, default 2–6 (at least 2). */
  readonly nodes?: IntegerRange;
  /** Links beyond the backbone and the gates, default 0–6. */
  readonly extraLinks?: IntegerRange;
  /** Number of corridors, default 0–3. */
  readonly corridors?: IntegerRange;
  /** Gate links per corridor, default 1–2 (at least 1). */
  readonly gatesPerCorridor?: IntegerRange;
  /** Number of demands, default 1–4 (at least 1). */
  readonly demands?: IntegerRange;
  /** Link and node capacities and corridor flow bounds, t/yr; default 0–1000. */
  readonly capacity?: IntegerRange;
  /** Link and node costs, USD/t; default 0–100. */
  readonly cost?: IntegerRange;
  /** Link transit and node dwell days; default 0–10. */
  readonly days?: IntegerRange;
  /** Demand volumes, t/yr; default 1–500 (min at least 1). */
  readonly volume?: IntegerRange;
  /** Values of time, USD per tonne per day; default 0–5. */
  readonly valueOfTime?: IntegerRange;
  /** Unmet penalties, USD/t; default 0–1000. */
  readonly penalty?: IntegerRange;
  /** Generate corridor share bounds; default true. */
  readonly shareBounds?: boolean;
  /** Generate corridor flow bounds; default true. */
  readonly flowBounds?: boolean;
  /** Generate soft demands (with an `unmetPenalty`); default true. */
  readonly penalties?: boolean;
  /** Generate node capacities, costs and days; default true. */
  readonly nodeAttributes?: boolean;
  /** Switch some links, nodes and corridors off; default true. */
  readonly disabledItems?: boolean;
  /** Allow extra links that point backwards (routes may loop; gates may then not be cuts); default false. */
  readonly backwardLinks?: boolean;
  /**
   * Default true: every hard demand has a backbone route of uncapacitated
   * links through nodes with room for it, no corridor has a lower bound and
   * no gate is on the backbone, so the scenario is feasible and routing every
   * hard demand on its backbone (leaving soft demands unmet) gives
   * `costUpperBound`. False: anything valid, including infeasible scenarios
   * and lower bounds on corridors; `costUpperBound` is then null.
   */
  readonly feasibleByConstruction?: boolean;
}

/** A generated scenario with what is known about its answer. */
export interface GeneratedScenario {
  readonly scenario: Scenario;
  /**
   * USD/yr: the cost of a feasible flow built with the scenario (hard demands
   * on their backbone routes, soft demands unmet), so the optimal objective is
   * at most this. Null when the scenario is not feasible by construction.
   */
  readonly costUpperBound: number | null;
}

/** Options of `scenarioVariantArbitrary`: relative ranges, each default 0.5 (±50%). */
export interface ScenarioVariantOptions {
  /** Link and node capacities and corridor `maxFlow`. */
  readonly capacity?: number;
  /** Link and node costs and unmet penalties. */
  readonly cost?: number;
  /** Link and node days. */
  readonly days?: number;
  /** Demand volumes (kept > 0). */
  readonly volume?: number;
  /** Switch some links and corridors off; default false. */
  readonly switchOff?: boolean;
}

/**
 * A metamorphic relation: solves the scenario and a transformed copy and
 * says how their results must relate. `params(scenario)` is the arbitrary of
 * its parameters for that scenario; `applies(scenario)` is false where the
 * relation does not hold in general (the check then returns no violation).
 */
export type MetamorphicRelation<P> = ((
  solve: SolveFunction,
  scenario: Scenario,
  params: P,
) => Promise<Violation[]>) & {
  readonly relation: RelationName;
  readonly params: (scenario: Scenario) => Arbitrary<P>;
  readonly applies: (scenario: Scenario) => boolean;
};

/** Options of `runCheck`. */
export interface RunCheckOptions {
  /** Cases per check, default 50. */
  readonly runs?: number;
  /** fast-check seed; default a random one, reported back so a run can be repeated. */
  readonly seed?: number;
  /** How the variants are made; default `scenarioVariantArbitrary`'s defaults. */
  readonly variants?: ScenarioVariantOptions;
  /** The solver; default `createTestSolver()` (glpk.js in process). */
  readonly solve?: SolveFunction;
  /** Options passed to `checkResult`. */
  readonly check?: CheckResultOptions;
}

/** One line of a `runCheck` report. */
export interface CheckSummary {
  /** `result` (checkResult on every variant) or a relation's name. */
  readonly name: 'result' | RelationName;
  /** Variants tried. */
  readonly cases: number;
  /** Variants where the check found a violation. */
  readonly failures: number;
  /** Variants where a relation does not apply (see `MetamorphicRelation.applies`). */
  readonly skipped: number;
}

/** What `runCheck` returns: data, never printed. */
export interface CheckReport {
  readonly seed: number;
  readonly checks: readonly CheckSummary[];
  /**
   * The first failing check's counter-example, shrunk by fast-check: a
   * scenario that opens in the app, the relation's parameters where one
   * failed, and what broke.
   */
  readonly counterExample?: {
    readonly check: 'result' | RelationName;
    readonly scenario: Scenario;
    readonly params?: unknown;
    readonly violations: readonly Violation[];
  };
}
