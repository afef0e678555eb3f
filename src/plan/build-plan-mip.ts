import { buildLp } from '../lp/build-lp';
import type { LpBuild } from '../lp/lp-layout';
import type { MipProblem } from '../lp/mip-types';
import { resolveParameterPath } from '../model/parameter-path';
import type { Scenario } from '../model/types';
import type { ScheduledProject } from './project-schedule';
import { withProjectCapacities } from './with-project-capacities';

/** What the planning problem is made of: the model years' one-year scenarios, their weights and the projects. */
export interface PlanInput {
  readonly years: readonly number[];
  /** W_t per model year. */
  readonly weights: readonly number[];
  /** Each model year's one-year scenario (growth and changes applied, no project open). */
  readonly scenarios: readonly Scenario[];
  readonly projects: readonly ScheduledProject[];
}

/** How the MIP's columns map back: the y(p,t) columns; the rest are the model years' own LPs side by side. */
export interface PlanMipLayout {
  /** First column of model year t's LP; `yearColumnStart[T]` is the first project column. */
  readonly yearColumnStart: readonly number[];
  /** Column of y(p,t) is `projectColumn(p, t)`. */
  readonly projectColumn: (p: number, t: number) => number;
}

/** A capacity row of one model year's LP that projects extend: −amount·y(p,t) on its left. */
interface CapacityTerm {
  readonly row: number;
  readonly project: number;
  readonly amount: number;
}

/** One model year's LP and the capacity terms of the projects that may be open in it. */
interface YearBlock {
  readonly build: LpBuild;
  readonly terms: readonly CapacityTerm[];
}

/**
 * The spec's planning problem (normative: "The planning problem `plan`") as
 * one MIP: each model year t's one-year LP, built by `buildLp` exactly as
 * `solve` builds it, side by side with its own x(k,a,t), u(k,t); a column
 * y(p,t) per project and model year; and
 *
 *   minimise Σ_t W_t · ( one-year objective of year t + Σ_p K_p·y(p,t) )
 *   s.t. each year's rows, its link and node capacity rows extended by
 *        −Σ_p amount·y(p,t) on the left; y(p,t) ≥ y(p,t−1); bounds of y
 *        from `earliest` and `decision`; y binary unless `divisible`.
 */
export function buildPlanMip(input: PlanInput): { readonly mip: MipProblem; readonly layout: PlanMipLayout } {
  const blocks = input.scenarios.map((scenario, t) => yearBlock(scenario, t, input.projects));
  const yearColumnStart: number[] = [0];
  for (const block of blocks) yearColumnStart.push(yearColumnStart.at(-1)! + block.build.lp.numCols);
  const numYears = input.years.length;
  const firstProjectColumn = yearColumnStart[numYears]!;
  const projectColumn = (p: number, t: number): number => firstProjectColumn + p * numYears + t;
  const numCols = firstProjectColumn + input.projects.length * numYears;

  const columns = projectColumns(input, numCols, projectColumn);
  copyYearBounds(blocks, yearColumnStart, columns);
  const { objective, objectiveConstant } = weightedObjective(blocks, input.weights, yearColumnStart, columns.cost);
  const rows = yearRowsWithCapacityTerms(blocks, yearColumnStart, projectColumn);
  const monotone = monotonicityRows(input.projects.length, numYears, projectColumn);

  const numRows = rows.lower.length + monotone.lower.length;
  const rowStart = new Int32Array(numRows + 1);
  const rowIndex: number[] = [...rows.index, ...monotone.index];
  const rowValue: number[] = [...rows.value, ...monotone.value];
  rowStart.set(rows.start, 0);
  const shift = rows.index.length;
  for (let i = 1; i < monotone.start.length; i++) rowStart[rows.lower.length + i] = shift + monotone.start[i]!;

  const mip: MipProblem = {
    numCols,
    numRows,
    objective,
    objectiveConstant,
    colLower: columns.lower,
    colUpper: columns.upper,
    rowLower: Float64Array.from([...rows.lower, ...monotone.lower]),
    rowUpper: Float64Array.from([...rows.upper, ...monotone.upper]),
    rowStart,
    rowIndex: Int32Array.from(rowIndex),
    rowValue: Float64Array.from(rowValue),
    integer: columns.integer,
  };
  return { mip, layout: { yearColumnStart, projectColumn } };
}

/**
 * Model year t's one-year LP, built with every project that may be open in t
 * at full size, so that each capacity a project raises has its row whatever
 * `buildLp` leaves out (a row it drops at the largest capacity is slack at
 * every smaller one); the rows' right-hand sides are then lowered back to
 * the year's own capacity, and the projects' amounts move to the left.
 */
function yearBlock(scenario: Scenario, t: number, projects: readonly ScheduledProject[]): YearBlock {
  const open = projects.map((p) => (p.upper[t]! > 0 ? 1 : 0));
  const build = buildLp(
    withProjectCapacities(
      scenario,
      projects.map((p) => p.project),
      open,
    ),
  );
  const amounts = new Map<string, number>(); // "row/project" → amount, merged (GLPK aborts on a column twice in a row)
  projects.forEach((scheduled, p) => {
    if (open[p] === 0) return;
    for (const { set, amount } of scheduled.project.adds) {
      const row = capacityRowOf(scenario, build, set);
      if (row < 0) continue;
      const key = `${row}/${p}`;
      amounts.set(key, (amounts.get(key) ?? 0) + amount);
    }
  });
  const terms: CapacityTerm[] = [];
  for (const [key, amount] of amounts) {
    const [row, project] = key.split('/').map(Number) as [number, number];
    terms.push({ row, project, amount });
  }
  return { build, terms };
}

/** The capacity row of `links.<id>.capacity` or `nodes.<id>.capacity` in the build, -1 when it has none. */
function capacityRowOf(scenario: Scenario, build: LpBuild, path: string): number {
  const outcome = resolveParameterPath(scenario, path);
  if (!outcome.ok) return -1;
  const { collection, index } = outcome.ref;
  if (collection === 'links') return build.layout.linkCapacityRow[index]!;
  if (collection === 'nodes') return build.layout.nodeCapacityRow[index]!;
  return -1;
}

/** y(p,t): cost W_t·K_p (at full size; a fraction pays its fraction), bounds from `scheduleProject`, binary unless divisible. */
function projectColumns(input: PlanInput, numCols: number, projectColumn: (p: number, t: number) => number) {
  const cost = new Float64Array(numCols);
  const lower = new Float64Array(numCols);
  const upper = new Float64Array(numCols).fill(Infinity);
  const integer = new Uint8Array(numCols);
  input.projects.forEach((scheduled, p) => {
    input.years.forEach((_, t) => {
      const j = projectColumn(p, t);
      cost[j] = input.weights[t]! * scheduled.yearlyCost;
      lower[j] = scheduled.lower[t]!;
      upper[j] = scheduled.upper[t]!;
      integer[j] = scheduled.integer ? 1 : 0;
    });
  });
  return { cost, lower, upper, integer };
}

/** Each year's columns keep their bounds (u(k,t) ≤ V_k(t)). */
function copyYearBounds(blocks: readonly YearBlock[], yearColumnStart: readonly number[], columns: { lower: Float64Array; upper: Float64Array }): void {
  blocks.forEach(({ build: { lp } }, t) => {
    columns.lower.set(lp.colLower, yearColumnStart[t]!);
    columns.upper.set(lp.colUpper, yearColumnStart[t]!);
  });
}

/** Σ_t W_t · (c_t·x_t + constant_t): each year's costs weighted, written into the MIP's objective beside the projects' costs. */
function weightedObjective(blocks: readonly YearBlock[], weights: readonly number[], yearColumnStart: readonly number[], objective: Float64Array) {
  let objectiveConstant = 0;
  blocks.forEach(({ build: { lp } }, t) => {
    const w = weights[t]!;
    const start = yearColumnStart[t]!;
    for (let j = 0; j < lp.numCols; j++) objective[start + j] = w * lp.objective[j]!;
    objectiveConstant += w * lp.objectiveConstant;
  });
  return { objective, objectiveConstant };
}

/** Each year's rows with its columns shifted; a capacity row a project extends gets −amount·y(p,t) and its own capacity as right-hand side. */
function yearRowsWithCapacityTerms(blocks: readonly YearBlock[], yearColumnStart: readonly number[], projectColumn: (p: number, t: number) => number) {
  const start: number[] = [0];
  const index: number[] = [];
  const value: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  blocks.forEach(({ build: { lp }, terms }, t) => {
    const offset = yearColumnStart[t]!;
    const byRow = new Map<number, CapacityTerm[]>();
    for (const term of terms) byRow.set(term.row, [...(byRow.get(term.row) ?? []), term]);
    for (let i = 0; i < lp.numRows; i++) {
      for (let q = lp.rowStart[i]!; q < lp.rowStart[i + 1]!; q++) {
        index.push(offset + lp.rowIndex[q]!);
        value.push(lp.rowValue[q]!);
      }
      let rhs = lp.rowUpper[i]!;
      for (const term of byRow.get(i) ?? []) {
        index.push(projectColumn(term.project, t));
        value.push(-term.amount);
        rhs -= term.amount;
      }
      lower.push(lp.rowLower[i]!);
      upper.push(rhs);
      start.push(index.length);
    }
  });
  return { start, index, value, lower, upper };
}

/** y(p,t) − y(p,t−1) ≥ 0: once open, open for good. */
function monotonicityRows(numProjects: number, numYears: number, projectColumn: (p: number, t: number) => number) {
  const start: number[] = [0];
  const index: number[] = [];
  const value: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let p = 0; p < numProjects; p++) {
    for (let t = 1; t < numYears; t++) {
      index.push(projectColumn(p, t), projectColumn(p, t - 1));
      value.push(1, -1);
      lower.push(0);
      upper.push(Infinity);
      start.push(index.length);
    }
  }
  return { start, index, value, lower, upper };
}
