/**
 * Every public type of the scenario format `corridor-flow/scenario@1` and of
 * the result object (docs/scenario-format.md).
 *
 * Units are fixed: volumes and capacities in tonnes per year (t/yr), money in
 * US dollars (USD), time in days. Optional fields are optional exactly as in
 * the file: defaults are applied where the numbers are used (see `DEFAULTS`),
 * so a scenario written back keeps the user's own form. Objects may carry
 * extra fields at run time (kept on round trip, reported as warnings).
 */

export const SCENARIO_FORMAT = 'corridor-flow/scenario@1' as const;

export const NODE_KINDS = ['port', 'rail', 'border', 'city', 'hub'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const LINK_MODES = ['rail', 'road', 'sea', 'ferry', 'pipeline', 'other'] as const;
export type LinkMode = (typeof LINK_MODES)[number];

/**
 * Extension (calibration): what `calibrate` may do with an item's `cost`.
 * `fixed`: a known (published) tariff, never changed; `free`: no tariff is
 * known, so it may change even when nothing observes the item. Absent: it
 * changes only for an observation of the item itself (docs/calibration.md).
 */
export const CALIBRATE_COST = ['fixed', 'free'] as const;
export type CalibrateCost = (typeof CALIBRATE_COST)[number];

/** A citation that numbers refer to by `source` id. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly year?: number;
}

/**
 * Fields every node, link, corridor and demand may carry to say where its
 * numbers come from. `assumption` is an extension of the format: a short
 * reason why a number is assumed rather than sourced.
 */
export interface Provenance {
  /** Id in the scenario's `sources`. */
  readonly source?: string;
  /** Extension: present when a number is an assumption; says why. */
  readonly assumption?: string;
}

export interface ScenarioNode extends Provenance {
  readonly id: string;
  /** Label; default: the id. */
  readonly name?: string;
  /** ISO 3166-1 alpha-2, e.g. `KZ`. */
  readonly country?: string;
  /** Default `hub`. */
  readonly kind?: NodeKind;
  /** WGS84 degrees. */
  readonly lat?: number;
  readonly lon?: number;
  /** Throughput cap, t/yr; absent: unlimited. */
  readonly capacity?: number;
  /** Handling cost, USD per tonne of throughput; default 0. */
  readonly cost?: number;
  /** Dwell time, days per tonne of throughput; default 0. */
  readonly days?: number;
  /** Default true; false removes the node and every link touching it. */
  readonly enabled?: boolean;
  /** Extension (calibration): present when `cost` was fitted by `calibrate`. */
  readonly calibrated?: CalibrationMark;
  /** Extension (calibration): whether `calibrate` may change `cost` (see `CALIBRATE_COST`). */
  readonly calibrate?: CalibrateCost;
}

/** A directed link. Two-way infrastructure is two links. */
export interface ScenarioLink extends Provenance {
  readonly id: string;
  /** Extension: a label such as "Caspian rail ferry Aktau → Alat"; default: the id. */
  readonly name?: string;
  readonly from: string;
  readonly to: string;
  /** Default `rail`. */
  readonly mode?: LinkMode;
  /** t/yr; absent: unlimited. */
  readonly capacity?: number;
  /** USD per tonne carried. */
  readonly cost: number;
  /** Transit time, days; default 0. */
  readonly days?: number;
  /** Distance, informative. */
  readonly km?: number;
  /** Default true. */
  readonly enabled?: boolean;
  /** Extension (calibration): present when `cost` was fitted by `calibrate`, or on a calibration step link. */
  readonly calibrated?: CalibrationMark;
  /** Extension (calibration): whether `calibrate` may change `cost` (see `CALIBRATE_COST`). */
  readonly calibrate?: CalibrateCost;
}

/**
 * Extension (calibration): marks a number fitted by `calibrate`, so that
 * nobody takes it for a tariff. Solves ignore it (the `cost` beside it is
 * what counts); the views show it.
 */
export interface CalibrationMark {
  /** The `cost` before calibration, USD/t; null on a step link `calibrate` added. */
  readonly from: number | null;
  /** The observations (`of`) the change serves. */
  readonly observations: readonly string[];
  /**
   * On a calibration step link only: the id of the link it runs beside. Its
   * tonnes are that link's tonnes above or below the observed level (see
   * docs/calibration.md), so an observation of that link counts both.
   */
  readonly stepOf?: string;
}

export interface Corridor extends Provenance {
  readonly id: string;
  readonly name?: string;
  /** CSS colour for charts. */
  readonly color?: string;
  /** Link ids; a tonne belongs to the corridor when it crosses one of them. */
  readonly gates: readonly string[];
  /** Fractions of all served tonnes; defaults 0 and 1. */
  readonly minShare?: number;
  readonly maxShare?: number;
  /** t/yr; defaults 0 and unlimited. */
  readonly minFlow?: number;
  readonly maxFlow?: number;
  /** Default true; false closes every gate link. */
  readonly enabled?: boolean;
}

export interface Demand extends Provenance {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** t/yr, > 0. */
  readonly volume: number;
  /** USD per tonne per day; default 0. */
  readonly valueOfTime?: number;
  /** USD per tonne not served; absent: the demand must be served in full. */
  readonly unmetPenalty?: number;
  readonly label?: string;
  /**
   * Extension (planning): growth rate per year, default 0. In model year *t*
   * of a plan the volume is `volume`·(1+growth)^(years[t] − base); `solve`
   * ignores it.
   */
  readonly growth?: number;
}

/**
 * Extension (issue 5): a triangular range for one numeric parameter, named by
 * its path the way errors and `sweep --set` name it (`links.<id>.capacity`).
 */
export interface UncertainParameter extends Provenance {
  readonly set: string;
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

export interface Scenario {
  readonly format: typeof SCENARIO_FORMAT;
  readonly name: string;
  readonly description?: string;
  readonly sources?: readonly Source[];
  readonly nodes: readonly ScenarioNode[];
  readonly links: readonly ScenarioLink[];
  readonly corridors?: readonly Corridor[];
  readonly demands: readonly Demand[];
  readonly uncertainty?: readonly UncertainParameter[];
  /** Extension (planning): the model years and discounting of `plan`; ignored by `solve`. */
  readonly horizon?: Horizon;
  /** Extension (planning): investments `plan` may open; ignored by `solve`. */
  readonly projects?: readonly Project[];
  /** Extension (calibration): figures that were seen; never changes a solve. */
  readonly observed?: readonly Observation[];
}

/** A step change of one parameter from a model year on (`horizon.changes`). */
export interface HorizonChange extends Provenance {
  /** Model year from which the value holds. */
  readonly from: number;
  /** Parameter path as `sweep --set` names it, e.g. `links.<id>.capacity`. */
  readonly set: string;
  readonly value: number;
}

/** Extension (planning): the years a plan covers and how they are weighed. */
export interface Horizon extends Provenance {
  /** Model years, strictly increasing integers. */
  readonly years: readonly number[];
  /** Last calendar year counted; default the last of `years`. */
  readonly end?: number;
  /** Real discount rate per year, 0 ≤ r < 1; default 0. */
  readonly discountRate?: number;
  /** Year costs are discounted (and growth counted) to; default the first of `years`. */
  readonly base?: number;
  readonly changes?: readonly HorizonChange[];
}

/** Capacity a project adds while open; its amount may carry its own source or assumption. */
export interface ProjectAddition extends Provenance {
  /** `links.<id>.capacity` or `nodes.<id>.capacity` (of a finite capacity). */
  readonly set: string;
  /** t/yr, > 0. */
  readonly amount: number;
}

export const PROJECT_DECISIONS = ['choose', 'build', 'never'] as const;
export type ProjectDecision = (typeof PROJECT_DECISIONS)[number];

/** Extension (planning): an investment. */
export interface Project extends Provenance {
  readonly id: string;
  readonly name?: string;
  readonly adds: readonly ProjectAddition[];
  /** USD, overnight; default 0. */
  readonly capex?: number;
  /** Years, for the capital charge; default 30. */
  readonly life?: number;
  /** USD per year while open; default 0. */
  readonly opex?: number;
  /** First model year it may open; default the first model year. */
  readonly earliest?: number;
  /** Default `choose`. */
  readonly decision?: ProjectDecision;
  /** Default false (all or nothing: a MIP). */
  readonly divisible?: boolean;
}

/**
 * Extension (calibration): one figure that was seen, t/yr. `of` is
 * `corridors.<id>.flow`, `links.<id>.flow` or `nodes.<id>.throughput`.
 */
export interface Observation {
  readonly of: string;
  readonly value: number;
  readonly year?: number;
  readonly source?: string;
  readonly assumption?: string;
}

/** Defaults of the optional numeric and boolean fields, as the spec gives them. */
export const DEFAULTS = {
  nodeKind: 'hub',
  linkMode: 'rail',
  cost: 0,
  days: 0,
  enabled: true,
  minShare: 0,
  maxShare: 1,
  minFlow: 0,
  valueOfTime: 0,
} as const;

/**
 * One problem found in a scenario: `path` is a JSON path in the errors' own
 * notation (`links[3].capacity`, `demands[0].from`, or `` for the root);
 * `message` says what was expected and what was found.
 * Printed as `${path}: ${message}`.
 */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** What parsing gives: outcomes as data; parsing never throws on bad input. */
export type ParseOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

// ---------------------------------------------------------------------------
// Result object (same for library call, worker and `--json`).

/**
 * `optimal`: every field holds the optimum. `infeasible`: no flow meets the
 * hard demands and bounds; flows are 0 and `diagnosis` says which demands
 * fall short by how many t/yr. `unbounded`: cannot happen with valid input
 * (costs are ≥ 0) but is classified if the solver says so. `error`: the solver
 * failed; `diagnosis` holds the message. `time-limit`: the solve stopped at
 * its time limit; no figures are claimed (they are 0).
 */
export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'error' | 'time-limit';

export interface CorridorResult {
  readonly id: string;
  /** t/yr crossing the corridor's gates. */
  readonly flow: number;
  /** flow / served; 0 when nothing is served. */
  readonly share: number;
  /** USD/yr the objective would fall per extra t/yr of room on its binding bound; ≥ 0. */
  readonly marginalValue: number;
}

export interface OtherResult {
  /** Served t/yr that cross no gate. */
  readonly flow: number;
  readonly share: number;
}

export interface LinkResult {
  readonly id: string;
  /** t/yr, all demands. */
  readonly flow: number;
  /** flow / capacity; null where capacity is unlimited. */
  readonly utilisation: number | null;
  /** USD per extra t/yr of capacity; ≥ 0; 0 where capacity does not bind. */
  readonly marginalValue: number;
  /**
   * Extension: the least reduced cost over demands, USD/t: how much cheaper
   * the link must get before freight uses it (0 on links that carry flow);
   * null for links that are not in the problem (disabled, or a disabled end,
   * or a gate of a disabled corridor) and for links on no route from any
   * demand's origin to its destination (no price would make freight use them).
   */
  readonly reducedCost: number | null;
}

export interface NodeResult {
  readonly id: string;
  /** t/yr, as the spec defines throughput. */
  readonly throughput: number;
  readonly utilisation: number | null;
  readonly marginalValue: number;
}

export interface DemandResult {
  readonly id: string;
  /** t/yr. */
  readonly served: number;
  readonly unmet: number;
  /** Generalised cost per served tonne, USD/t; null when nothing is served. */
  readonly unitCost: number | null;
  /** Flow-weighted average transit days incl. node dwell; null when nothing is served. */
  readonly days: number | null;
  /** USD the objective would rise per extra t/yr of volume. */
  readonly marginalCost: number;
  /**
   * Extension: this demand's own flow on every link that carries some of it,
   * t/yr (links with no flow of this demand may be left out). Lets a checker
   * verify conservation, the objective and the cheapest routes per demand
   * (`corridor-flow/testing`); the link totals alone cannot.
   */
  readonly flows?: readonly DemandLinkFlow[];
}

/** Extension: one demand's flow on one link, t/yr. */
export interface DemandLinkFlow {
  /** Link id. */
  readonly link: string;
  /** t/yr of this demand on that link, ≥ 0. */
  readonly flow: number;
}

/** Extension: a demand that cannot be served in full, found by the elastic re-solve. */
export interface Shortfall {
  readonly demand: string;
  /** t/yr that cannot be served. */
  readonly unmet: number;
}

export interface SolverInfo {
  readonly name: string;
  readonly version: string;
  /** Wall time of the solve itself, milliseconds. */
  readonly ms: number;
}

export interface Result {
  readonly status: SolveStatus;
  /** USD/yr. */
  readonly objective: number;
  /** t/yr, sums over demands. */
  readonly served: number;
  readonly unmet: number;
  readonly corridors: readonly CorridorResult[];
  readonly other: OtherResult;
  readonly links: readonly LinkResult[];
  readonly nodes: readonly NodeResult[];
  readonly demands: readonly DemandResult[];
  /** Only when not optimal: human-readable reasons. */
  readonly diagnosis?: readonly string[];
  /** Extension: the structured form of an infeasible diagnosis. */
  readonly shortfalls?: readonly Shortfall[];
  /** Extension: the scenario's warnings (e.g. gates that can double count), as `path: message`. */
  readonly warnings?: readonly string[];
  readonly solver: SolverInfo;
}
