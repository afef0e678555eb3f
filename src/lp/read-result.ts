import { DEFAULTS, type Result, type Scenario, type SolveStatus } from '../model/types';
import { COLUMN_KIND, type LpBuild, type LpLayout } from './lp-layout';
import type { LpSolution } from './types';
import { zeroResult } from './zero-result';

/** Relative size below which a solver's value is rounding noise (−1e-12 → 0). */
const NOISE = 1e-9;
/** Relative size up to which a negative reduced cost counts as 0 (GLPK's dual feasibility tolerance is 1e-7). */
const DUAL_TOLERANCE = 1e-7;

/**
 * The spec's Result object from an LP solution of `buildLp(scenario)`.
 * Nothing is rounded; values within solver noise of 0 become 0.
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
  const { lp, layout } = build;
  const x = solution.primal;
  const y = solution.dual;
  const links = scenario.links;
  const nodes = scenario.nodes;
  const corridors = scenario.corridors ?? [];
  const demands = scenario.demands;
  const numDemands = demands.length;

  let totalVolume = 0;
  for (let k = 0; k < numDemands; k++) totalVolume += layout.demandVolume[k]!;
  let priceScale = 1;
  for (let j = 0; j < lp.numCols; j++) priceScale = Math.max(priceScale, Math.abs(lp.objective[j]!));
  for (let k = 0; k < numDemands; k++) priceScale = Math.max(priceScale, Math.abs(layout.demandOriginCost[k]!));
  const flowTol = NOISE * Math.max(1, totalVolume);
  const priceTol = NOISE * priceScale;
  const flow = (v: number): number => (Math.abs(v) <= flowTol ? 0 : v);
  const price = (v: number): number => (Math.abs(v) <= priceTol ? 0 : v);

  // Flows per link, node inflow, corridor; per-demand sums.
  const linkFlow = new Float64Array(links.length);
  const nodeThroughput = new Float64Array(nodes.length);
  const corridorFlow = new Float64Array(corridors.length);
  const demandServed = new Float64Array(numDemands);
  const demandCost = new Float64Array(numDemands);
  const demandDays = new Float64Array(numDemands);
  const demandGateFlow = new Float64Array(numDemands);
  let linearObjective = 0;
  let objectiveScale = Math.abs(lp.objectiveConstant);
  for (let j = 0; j < lp.numCols; j++) {
    const term = lp.objective[j]! * x[j]!;
    linearObjective += term;
    objectiveScale += Math.abs(term);
  }
  for (let k = 0; k < numDemands; k++) {
    const u = layout.unmetColumn[k]!;
    const served = layout.demandVolume[k]! - (u >= 0 ? flow(x[u]!) : 0);
    demandServed[k] = served;
    let cost = layout.demandOriginCost[k]! * served;
    let days = layout.demandOriginDays[k]! * served;
    const origin = layout.demandOrigin[k]!;
    if (origin >= 0) nodeThroughput[origin]! += served;
    const end = u >= 0 ? u : layout.demandColumnStart[k + 1]!;
    for (let j = layout.demandColumnStart[k]!; j < end; j++) {
      const xj = x[j]!;
      if (xj === 0) continue;
      const l = layout.columnItem[j]!;
      linkFlow[l]! += xj;
      nodeThroughput[layout.linkTo[l]!]! += xj;
      cost += lp.objective[j]! * xj;
      days += layout.linkDaysWithHead[l]! * xj;
      const c = layout.linkCorridor[l]!;
      if (c >= 0) {
        corridorFlow[c]! += xj;
        demandGateFlow[k]! += xj;
      }
    }
    demandCost[k] = cost;
    demandDays[k] = days;
  }

  // A·y per column, for reduced costs c_j − Σ_i a_ij y_i.
  const columnPrice = new Float64Array(lp.numCols);
  for (let i = 0; i < lp.numRows; i++) {
    const yi = y[i]!;
    if (yi === 0) continue;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      columnPrice[lp.rowIndex[p]!]! += lp.rowValue[p]! * yi;
    }
  }
  const linkReducedCost = new Float64Array(links.length).fill(Infinity);
  for (let j = 0; j < layout.demandColumnStart[numDemands]!; j++) {
    if (layout.columnKind[j] !== COLUMN_KIND.flow) continue;
    const l = layout.columnItem[j]!;
    const d = lp.objective[j]! - columnPrice[j]!;
    if (d < linkReducedCost[l]!) linkReducedCost[l] = d;
  }

  let served = 0;
  for (let k = 0; k < numDemands; k++) served += demandServed[k]!;
  served = flow(served);
  const unmet = flow(totalVolume - served);
  const other = otherFlow(layout, x, demandServed, demandGateFlow, flowTol);

  const share = (v: number): number => (served > 0 ? v / served : 0);
  const utilisation = (v: number, capacity: number): number | null =>
    Number.isFinite(capacity) ? (capacity > 0 ? v / capacity : 0) : null;
  const negatedDual = (row: number): number => (row >= 0 ? Math.max(0, price(-y[row]!)) : 0);
  const absDual = (row: number): number => (row >= 0 ? Math.abs(price(y[row]!)) : 0);

  return {
    status: 'optimal',
    objective: Math.abs(linearObjective + lp.objectiveConstant) <= NOISE * Math.max(1, objectiveScale)
      ? 0
      : linearObjective + lp.objectiveConstant,
    served,
    unmet,
    corridors: corridors.map((corridor, c) => {
      const f = flow(corridorFlow[c]!);
      return {
        id: corridor.id,
        flow: f,
        share: share(f),
        marginalValue:
          absDual(layout.corridorFlowRow[c]!) +
          absDual(layout.corridorMaxShareRow[c]!) +
          absDual(layout.corridorMinShareRow[c]!),
      };
    }),
    other: { flow: other, share: share(other) },
    links: links.map((link, l) => {
      const f = flow(linkFlow[l]!);
      const rc = linkReducedCost[l]!;
      return {
        id: link.id,
        flow: f,
        utilisation: utilisation(f, layout.linkCapacity[l]!),
        marginalValue: negatedDual(layout.linkCapacityRow[l]!),
        reducedCost: rc === Infinity ? null : rc < 0 && rc >= -DUAL_TOLERANCE * priceScale ? 0 : price(rc),
      };
    }),
    nodes: nodes.map((node, n) => {
      const t = flow(nodeThroughput[n]!);
      return {
        id: node.id,
        throughput: t,
        utilisation: utilisation(t, layout.nodeCapacity[n]!),
        marginalValue: negatedDual(layout.nodeCapacityRow[n]!),
      };
    }),
    demands: demands.map((demand, k) => {
      const s = flow(demandServed[k]!);
      return {
        id: demand.id,
        served: s,
        unmet: flow(layout.demandVolume[k]! - s),
        unitCost: s > 0 ? demandCost[k]! / s : null,
        days: s > 0 ? demandDays[k]! / s : null,
        marginalCost: price(volumeDual(scenario, build, x, y, columnPrice, k)),
      };
    }),
    solver: solution.solver,
  };
}

/**
 * d objective / d V_k: the duals of every row whose right-hand side holds
 * V_k in this formulation, plus the origin's handling cost that sits in the
 * objective constant. With served tonnes eliminated, V_k appears in the
 * conservation rows at origin (+V) and destination (−V), the origin's node
 * capacity row (cap − ΣV) and the share rows (share·ΣV); together this is the
 * spec's "dual of its conservation rows" of a formulation that keeps s_k.
 * Where u_k sits at its upper bound V_k, that bound moves as well.
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

/**
 * Served tonnes that cross no gate. Arc flows do not say which tonne took
 * which route, so each demand's flow is split the usual way: at every node
 * the tonnes present leave on each arc (or are delivered) in proportion to
 * the flows. Walking the demand's flow in topological order then gives how
 * much reaches the destination without having crossed a gate. Where gates
 * are cuts (the intended use) this equals served − Σ corridor flows; where a
 * route crosses two gates it still counts each tonne once. If a demand's flow
 * has a cycle (possible only on zero-cost cycles), it falls back to
 * served − gate flow, clamped at 0 — exact again when gates are cuts.
 */
function otherFlow(
  layout: LpLayout,
  x: Float64Array,
  demandServed: Float64Array,
  demandGateFlow: Float64Array,
  flowTol: number,
): number {
  const numNodes = layout.nodeEnabled.length;
  const numDemands = demandServed.length;
  const total = new Float64Array(numNodes); // T(n): tonnes of the demand passing n
  const clean = new Float64Array(numNodes); // U(n): of which never crossed a gate
  const indegree = new Int32Array(numNodes);
  const outCount = new Int32Array(numNodes + 1);
  const touched = new Int32Array(numNodes);
  const isTouched = new Uint8Array(numNodes);
  const queue = new Int32Array(numNodes);
  const slot = new Int32Array(numNodes);
  let sum = 0;

  for (let k = 0; k < numDemands; k++) {
    const served = demandServed[k]!;
    if (served <= flowTol) continue;
    if (demandGateFlow[k]! <= flowTol) {
      sum += served;
      continue;
    }
    const origin = layout.demandOrigin[k]!;
    const destination = layout.demandDestination[k]!;
    if (origin < 0 || destination < 0) continue;
    const u = layout.unmetColumn[k]!;
    const begin = layout.demandColumnStart[k]!;
    const end = u >= 0 ? u : layout.demandColumnStart[k + 1]!;

    let numTouched = 0;
    const touch = (n: number): void => {
      if (isTouched[n] === 0) {
        isTouched[n] = 1;
        touched[numTouched++] = n;
        total[n] = 0;
        clean[n] = 0;
        indegree[n] = 0;
        outCount[n] = 0;
      }
    };
    touch(origin);
    touch(destination);
    total[origin]! += served;
    clean[origin] = served;
    let numPositive = 0;
    for (let j = begin; j < end; j++) {
      if (x[j]! <= flowTol) continue;
      const l = layout.columnItem[j]!;
      const from = layout.linkFrom[l]!;
      const to = layout.linkTo[l]!;
      touch(from);
      touch(to);
      total[to]! += x[j]!;
      indegree[to]!++;
      outCount[from]!++;
      numPositive++;
    }
    // Group the demand's positive columns by tail node (CSR over touched nodes).
    const start = new Int32Array(numTouched + 1);
    for (let t = 0; t < numTouched; t++) {
      slot[touched[t]!] = t;
      start[t + 1] = start[t]! + outCount[touched[t]!]!;
    }
    const next = start.slice(0, numTouched);
    const byTail = new Int32Array(numPositive);
    for (let j = begin; j < end; j++) {
      if (x[j]! <= flowTol) continue;
      byTail[next[slot[layout.linkFrom[layout.columnItem[j]!]!]!]!++] = j;
    }

    let head = 0;
    let tail = 0;
    for (let t = 0; t < numTouched; t++) if (indegree[touched[t]!] === 0) queue[tail++] = touched[t]!;
    while (head < tail) {
      const v = queue[head++]!;
      const t = slot[v]!;
      const passing = total[v]!;
      for (let p = start[t]!; p < start[t + 1]!; p++) {
        const j = byTail[p]!;
        const l = layout.columnItem[j]!;
        const to = layout.linkTo[l]!;
        if (layout.linkCorridor[l]! < 0 && passing > 0) clean[to]! += (clean[v]! * x[j]!) / passing;
        if (--indegree[to]! === 0) queue[tail++] = to;
      }
    }
    let uncrossed: number;
    if (tail < numTouched) {
      uncrossed = Math.max(0, served - demandGateFlow[k]!);
    } else {
      const arriving = total[destination]!;
      uncrossed = arriving > 0 ? (clean[destination]! * served) / arriving : 0;
    }
    sum += Math.min(served, uncrossed);
    for (let t = 0; t < numTouched; t++) isTouched[touched[t]!] = 0;
  }
  return Math.abs(sum) <= flowTol ? 0 : sum;
}
