import { DEFAULTS, type DemandLinkFlow, type Result, type Scenario, type SolveStatus } from '../model/types';
import { CommodityReader } from './commodity-reader';
import { decompositionArcs } from './decomposition-arcs';
import { perLayout } from './layout-memo';
import { COLUMN_KIND, type LpBuild } from './lp-layout';
import type { LpSolution } from './types';
import { zeroResult } from './zero-result';
import { reportedPrimal } from './reported-primal';
import { float64 } from './scratch';
import { cleanDuals, commodityPriceTol, noiseLevels, PRICE_NOISE, withinNoise } from './result-noise';
import { figureNoise, type FigureNoise } from './figure-noise';

/**
 * Relative size below which a solver's value is rounding noise (−1e-12 → 0),
 * measured against the figure's own scale: a demand's unmet against its own
 * volume, a commodity's flows against that commodity's volume. Never against
 * the largest number of the scenario, which would round a 0.5 t demand to 0
 * beside a 1e9 t one (issue 12).
 */
const NOISE = 1e-9;
/** Relative size up to which a negative reduced cost counts as 0 (as `verifySolution` tolerates). */
const DUAL_TOLERANCE = 1e-7;

/**
 * The spec's Result object from an LP solution of `buildLp(scenario)`,
 * reduced or plain (the same figures from either). Nothing is rounded; values
 * within solver noise of 0 become 0. Per-demand unit cost and days come from
 * a decomposition of each commodity's flow (`CommodityReader`); `other` counts
 * the served tonnes on paths that cross no gate.
 *
 * A solution that is not optimal gives the all-zero result with its status
 * (the diagnosis is `solveScenario`'s job).
 *
 * Duals follow GLPK's convention (d objective / d right-hand side), so a
 * binding ≤ row has a dual ≤ 0 and its marginal value is the negated dual.
 */
export function readResult(scenario: Scenario, build: LpBuild, solution: LpSolution): Result {
  if (solution.status !== 'optimal') {
    return zeroResult(scenario, solution.status as SolveStatus, solution.solver);
  }
  // A demand without a route is unmet in full, exactly (see `demandUnroutable`), in every figure.
  const x = reportedPrimal(build, solution.primal);
  const noise = noiseLevels(build);
  const price = (v: number): number => withinNoise(v, noise.priceTol);
  // Every dual figure is read from duals without their noise: a reduced cost
  // summed from duals of −9e-16 (0 as marginal values) would be −9e-16 itself.
  const tol = commodityPriceTol(build, noise, solution.dual);
  const y = cleanDuals(build, noise, tol, solution.dual);
  const figureTol = figureNoise(build, x);
  const served = servedTonnes(scenario, build, figureTol);
  const flows = commodityFlows(scenario, build, figureTol, served);
  const prices = columnPrices(build, y);
  const linkReducedCost = linkReducedCosts(scenario, build, prices);

  // Totals are sums of the demands' own figures, so no demand is lost in them.
  let servedTotal = 0;
  let unmetTotal = 0;
  for (let k = 0; k < scenario.demands.length; k++) {
    servedTotal += served.demandServed[k]!;
    unmetTotal += build.layout.demandVolume[k]! - served.demandServed[k]!;
  }
  const figures: Figures = {
    build,
    y,
    served: servedTotal,
    price,
    flow: (v) => (Math.abs(v) <= figureTol.smallestTol ? 0 : v),
  };
  const other = figures.flow(flows.other);
  return {
    status: 'optimal',
    objective: objectiveOf(build, x),
    served: servedTotal,
    unmet: unmetTotal,
    corridors: corridorFigures(scenario, figures, flows.corridorFlow),
    other: { flow: other, share: share(figures, other) },
    links: linkFigures(scenario, figures, flows.linkFlow, linkReducedCost),
    nodes: nodeFigures(scenario, figures, served.nodeThroughput),
    demands: scenario.demands.map((demand, k) => {
      const s = served.demandServed[k]!;
      return {
        id: demand.id,
        served: s,
        unmet: build.layout.demandVolume[k]! - s,
        unitCost: s > 0 ? flows.demandCost[k]! / s : null,
        days: s > 0 ? flows.demandDays[k]! / s : null,
        marginalCost: withinNoise(volumeDual(scenario, build, x, y, prices.columnPrice, k), tol[build.layout.demandCommodity[k]!]!),
        flows: flows.demandFlows[k] ?? [],
      };
    }),
    solver: solution.solver,
  };
}

interface ServedTonnes {
  readonly demandServed: Float64Array;
  /** Node throughput, t/yr: the served tonnes at each origin, to which `commodityFlows` adds each node's inflow. */
  readonly nodeThroughput: Float64Array;
}

/** Served tonnes per demand (unmet within noise of 0 or of the whole volume snaps there), and at each origin. */
function servedTonnes(scenario: Scenario, build: LpBuild, noise: FigureNoise): ServedTonnes {
  const { layout } = build;
  const numDemands = scenario.demands.length;
  const demandServed = float64(numDemands);
  const nodeThroughput = float64(scenario.nodes.length);
  for (let k = 0; k < numDemands; k++) {
    const u = layout.unmetColumn[k]!;
    const volume = layout.demandVolume[k]!;
    const served = volume - (u >= 0 ? noise.cleanX[u]! : 0);
    demandServed[k] = served;
    const origin = layout.demandOrigin[k]!;
    if (origin >= 0) nodeThroughput[origin]! += served;
  }
  return { demandServed, nodeThroughput };
}

/** What the flow columns add up to, before the noise of sums is removed. */
interface CommodityFlows {
  readonly linkFlow: Float64Array;
  readonly corridorFlow: Float64Array;
  /** Per demand: cost (USD/yr) and tonne-days of its flow, for its unit cost and days. */
  readonly demandCost: Float64Array;
  readonly demandDays: Float64Array;
  readonly demandFlows: readonly (DemandLinkFlow[] | undefined)[];
  /** Served tonnes on paths that cross no gate. */
  readonly other: number;
}

/**
 * Flows per link, corridor and (into `nodeThroughput`) node inflow; per
 * demand its cost, days and flows, from a decomposition of each commodity's
 * flow (`CommodityReader`), and the tonnes that cross no gate.
 */
function commodityFlows(scenario: Scenario, build: LpBuild, noise: FigureNoise, served: ServedTonnes): CommodityFlows {
  const { lp, layout } = build;
  const { demandServed, nodeThroughput } = served;
  const links = scenario.links;
  const numDemands = scenario.demands.length;
  const linkFlow = float64(links.length);
  const corridorFlow = float64((scenario.corridors ?? []).length);
  const demandCost = float64(numDemands);
  const demandDays = float64(numDemands);
  const { cleanX } = noise;
  const perDemand = new CommodityReader(layout, lp.objective, cleanX, noise.commodityTol, links.map((link) => link.id), perLayout(build, decompositionArcs));
  const demandFlows: DemandLinkFlow[][] = new Array<DemandLinkFlow[]>(numDemands);
  let other = 0;
  // Locals, not property reads per column: this runs once a command, mostly before V8 optimizes it.
  const { columnItem, linkTo, linkDaysWithHead, linkCorridor } = layout;
  const { objective } = lp;
  for (let c = 0; c < layout.numCommodities; c++) {
    let gateFlow = 0;
    let cost = 0;
    let days = 0;
    const end = layout.commodityFlowEnd[c]!;
    for (let j = layout.commodityColumnStart[c]!; j < end; j++) {
      const xj = cleanX[j]!;
      if (xj === 0) continue;
      const l = columnItem[j]!;
      linkFlow[l]! += xj;
      nodeThroughput[linkTo[l]!]! += xj;
      cost += objective[j]! * xj;
      days += linkDaysWithHead[l]! * xj;
      const corridor = linkCorridor[l]!;
      if (corridor >= 0) {
        corridorFlow[corridor]! += xj;
        gateFlow += xj;
      }
    }
    other += perDemand.read(c, gateFlow, cost, days, demandServed, demandCost, demandDays, demandFlows);
  }
  return { linkFlow, corridorFlow, demandCost, demandDays, demandFlows, other };
}

/** What the figures of links, nodes and corridors are read with. */
interface Figures {
  readonly build: LpBuild;
  readonly y: Float64Array;
  /** Served tonnes, all demands: what shares are of. */
  readonly served: number;
  /** A price with its noise removed. */
  readonly price: (v: number) => number;
  /** A sum of flows with its noise removed. */
  readonly flow: (v: number) => number;
}

function share(figures: Figures, v: number): number {
  return figures.served > 0 ? v / figures.served : 0;
}

function utilisation(v: number, capacity: number): number | null {
  return Number.isFinite(capacity) ? (capacity > 0 ? v / capacity : 0) : null;
}

/** A capacity row's marginal value (≥ 0): its dual negated; 0 for no row. */
function negatedDual(figures: Figures, row: number): number {
  return row >= 0 ? Math.max(0, figures.price(-figures.y[row]!)) : 0;
}

function absDual(figures: Figures, row: number): number {
  return row >= 0 ? Math.abs(figures.price(figures.y[row]!)) : 0;
}

/** The objective, USD/yr, 0 where it is within noise of its own terms. */
function objectiveOf(build: LpBuild, x: Float64Array): number {
  const { lp } = build;
  const { objective } = lp;
  let linearObjective = 0;
  let objectiveScale = Math.abs(lp.objectiveConstant);
  for (let j = 0; j < lp.numCols; j++) {
    const term = objective[j]! * x[j]!;
    linearObjective += term;
    objectiveScale += Math.abs(term);
  }
  return Math.abs(linearObjective + lp.objectiveConstant) <= NOISE * Math.max(1, objectiveScale) ? 0 : linearObjective + lp.objectiveConstant;
}

/** A·y per column, for reduced costs c_j − Σ_i a_ij y_i, and the size of its terms. */
interface ColumnPrices {
  readonly columnPrice: Float64Array;
  readonly columnPriceScale: Float64Array;
}

function columnPrices(build: LpBuild, y: Float64Array): ColumnPrices {
  const { lp } = build;
  const { rowStart, rowIndex, rowValue } = lp;
  const columnPrice = float64(lp.numCols);
  const columnPriceScale = float64(lp.numCols);
  for (let i = 0; i < lp.numRows; i++) {
    const yi = y[i]!;
    if (yi === 0) continue;
    const end = rowStart[i + 1]!;
    for (let p = rowStart[i]!; p < end; p++) {
      const j = rowIndex[p]!;
      const price = rowValue[p]! * yi;
      columnPrice[j]! += price;
      columnPriceScale[j]! += Math.abs(price);
    }
  }
  return { columnPrice, columnPriceScale };
}

/**
 * Per link: the least reduced cost over commodities (Infinity for a link no
 * route uses), with a negative one within the solver's tolerance of its own
 * terms counted as 0.
 */
function linkReducedCosts(scenario: Scenario, build: LpBuild, prices: ColumnPrices): Float64Array {
  const { lp, layout } = build;
  const { columnKind, columnOnRoute, columnItem } = layout;
  const { objective } = lp;
  const { columnPrice, columnPriceScale } = prices;
  const linkReducedCost = float64(scenario.links.length).fill(Infinity);
  for (let j = 0; j < lp.numCols; j++) {
    if (columnKind[j] !== COLUMN_KIND.flow || columnOnRoute[j] === 0) continue;
    const l = columnItem[j]!;
    let d = objective[j]! - columnPrice[j]!;
    const scale = Math.abs(objective[j]!) + columnPriceScale[j]!;
    if (Math.abs(d) <= PRICE_NOISE * scale || (d < 0 && d >= -DUAL_TOLERANCE * scale)) d = 0;
    if (d < linkReducedCost[l]!) linkReducedCost[l] = d;
  }
  return linkReducedCost;
}

function corridorFigures(scenario: Scenario, figures: Figures, corridorFlow: Float64Array): Result['corridors'] {
  const { layout } = figures.build;
  return (scenario.corridors ?? []).map((corridor, c) => {
    const f = figures.flow(corridorFlow[c]!);
    return {
      id: corridor.id,
      flow: f,
      share: share(figures, f),
      marginalValue:
        absDual(figures, layout.corridorFlowRow[c]!) + absDual(figures, layout.corridorMaxShareRow[c]!) + absDual(figures, layout.corridorMinShareRow[c]!),
    };
  });
}

function linkFigures(scenario: Scenario, figures: Figures, linkFlow: Float64Array, linkReducedCost: Float64Array): Result['links'] {
  const { layout } = figures.build;
  return scenario.links.map((link, l) => {
    const f = figures.flow(linkFlow[l]!);
    const rc = linkReducedCost[l]!;
    return {
      id: link.id,
      flow: f,
      utilisation: utilisation(f, layout.linkCapacity[l]!),
      marginalValue: negatedDual(figures, layout.linkCapacityRow[l]!),
      reducedCost: rc === Infinity ? null : rc,
    };
  });
}

function nodeFigures(scenario: Scenario, figures: Figures, nodeThroughput: Float64Array): Result['nodes'] {
  const { layout } = figures.build;
  return scenario.nodes.map((node, n) => {
    const t = figures.flow(nodeThroughput[n]!);
    return {
      id: node.id,
      throughput: t,
      utilisation: utilisation(t, layout.nodeCapacity[n]!),
      marginalValue: negatedDual(figures, layout.nodeCapacityRow[n]!),
    };
  });
}

/**
 * d objective / d V_k: the duals of every row whose right-hand side holds
 * V_k in this formulation, plus the origin's handling cost that sits in the
 * objective constant. With served tonnes eliminated, V_k appears in the
 * conservation rows at origin (+V) and destination (−V), the origin's node
 * capacity row (cap − ΣV) and the share rows (share·ΣV); together this is the
 * spec's "dual of its conservation rows" of a formulation that keeps s_k.
 * Where u_k sits at its upper bound V_k, that bound moves as well. For a
 * merged commodity the rows are the commodity's: its duals are duals of each
 * of its demands' rows in the per-demand LP (see `LpLayout`).
 */
function volumeDual(
  scenario: Scenario,
  build: LpBuild,
  x: Float64Array,
  y: Float64Array,
  columnPrice: Float64Array,
  k: number,
): number {
  const { lp, layout } = build;
  const at = (row: number): number => (row >= 0 ? y[row]! : 0);
  let value = at(layout.originRow[k]!) - at(layout.destinationRow[k]!) + layout.demandOriginCost[k]!;
  // u_k ≤ V_k moves with V_k too: where it binds (all unmet), its reduced cost (≤ 0) counts.
  const u = layout.unmetColumn[k]!;
  if (u >= 0 && x[u]! >= layout.demandVolume[k]! * (1 - NOISE)) {
    value += Math.min(0, lp.objective[u]! - columnPrice[u]!);
  }
  const origin = layout.demandOrigin[k]!;
  if (origin >= 0) value -= at(layout.nodeCapacityRow[origin]!);
  const corridors = scenario.corridors ?? [];
  for (let c = 0; c < corridors.length; c++) {
    const corridor = corridors[c]!;
    value += (corridor.maxShare ?? DEFAULTS.maxShare) * at(layout.corridorMaxShareRow[c]!);
    value += (corridor.minShare ?? DEFAULTS.minShare) * at(layout.corridorMinShareRow[c]!);
  }
  return value;
}
