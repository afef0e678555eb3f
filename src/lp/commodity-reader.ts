import { FlowDecomposer, type FlowDecomposition } from './decompose-flow';
import type { DemandLinkFlow } from '../model/types';
import type { DecompositionArcs } from './decomposition-arcs';
import { commodityRoot, demandFarEnd, type LpLayout } from './lp-layout';
import { float64, int32, uint8 } from './scratch';

/** Per demand k (`read`'s arguments of those names). */
interface DemandFigures {
  readonly served: Float64Array;
  readonly cost: Float64Array;
  readonly days: Float64Array;
  readonly flows: DemandLinkFlow[][];
}

/** What the paths and cycles of one commodity's decomposition add up to (`CommodityReader.pathTotals`). */
interface PathTotals {
  /** Tonnes on paths to a sink that cross no gate. */
  readonly clean: number;
  /** Σ tonnes × path cost over the cycles, USD/yr. */
  readonly cycleCost: number;
  /** Σ tonnes × path days over the cycles, tonne-days. */
  readonly cycleDays: number;
  readonly cycleThroughGate: boolean;
}

/**
 * Per-demand figures from a commodity's flow (see `LpLayout` for
 * commodities). Arc flows say how many tonnes of the commodity use each
 * link, not which demand's; where a commodity serves more than one
 * destination (or, merged by destination, comes from more than one origin:
 * then read with its arcs reversed), its flow is decomposed into paths
 * (`FlowDecomposer`) and each demand takes its share of the paths ending at
 * its destination (starting at its origin), in
 * proportion to its served tonnes. That is one decomposition of the optimal
 * flow into per-demand flows, each of them an optimal flow of the per-demand
 * problem, so each demand's unit cost and days are exact for that optimum
 * (and unique wherever the split between demands is), and so are the
 * per-demand link flows it reports (the `flows` extension of the result).
 * Circulation (tonnes on cycles, which a corridor's lower bound can call for)
 * is shared by the commodity's demands in proportion to their served tonnes
 * (all of it to the first demand when nothing is served).
 */
export class CommodityReader {
  private readonly decomposer: FlowDecomposer;
  private readonly sinkCost: Float64Array;
  private readonly sinkDays: Float64Array;
  private readonly sinkServed: Float64Array;
  private arcFlow = float64(64);
  private sinkNode = int32(16);
  private sinkAmount = float64(16);
  private arcTonnes = float64(64);
  private arcSeen = uint8(64);
  private touched = int32(64);
  private numTouched = 0;
  /** Whether `touched` is in ascending order (arcs are often accumulated so): then `emit` need not sort it. */
  private touchedAscending = true;
  /** The per-demand arrays of the `read` in progress: served tonnes (input), cost, days and flows (written). */
  private figures!: DemandFigures;

  constructor(
    private readonly layout: LpLayout,
    private readonly objective: Float64Array,
    private readonly x: Float64Array,
    /** Per commodity: tonnes below which its flows are rounding noise (a fraction of its own volume). */
    private readonly flowTol: Float64Array,
    private readonly linkIds: readonly string[],
    /** Each flow column's ends in its commodity's direction (`decompositionArcs`, kept per layout). */
    private readonly arcs: DecompositionArcs,
  ) {
    const numNodes = layout.nodeEnabled.length;
    this.decomposer = new FlowDecomposer(numNodes);
    this.sinkCost = float64(numNodes);
    this.sinkDays = float64(numNodes);
    this.sinkServed = float64(numNodes);
  }

  /**
   * Writes `demandCost` (USD/yr, origin handling included), `demandDays`
   * (tonne-days) and `demandFlows` (each demand's own flow per link) of
   * commodity c's demands, and returns its served tonnes that cross no gate.
   * `gateFlow`, `cost`, `days`: the commodity's totals over its flow columns
   * (tonnes on gates, Σ c_j x_j, Σ days · x_j).
   */
  read(
    c: number,
    gateFlow: number,
    cost: number,
    days: number,
    demandServed: Float64Array,
    demandCost: Float64Array,
    demandDays: Float64Array,
    demandFlows: DemandLinkFlow[][],
  ): number {
    const layout = this.layout;
    const tol = this.flowTol[c]!;
    this.figures = { served: demandServed, cost: demandCost, days: demandDays, flows: demandFlows };
    const { served, oneDestination } = this.startDemands(c);

    // One destination (or nothing served): every path ends at the same place,
    // so each demand's share of the totals and of every arc is its share of
    // the served tonnes, whatever the decomposition.
    if (oneDestination || served <= tol) {
      this.shareAlike(c, served, cost, days);
      if (served <= tol) return 0;
      if (gateFlow <= tol) return served;
    }
    if (commodityRoot(layout, c) < 0) return Math.max(0, served - gateFlow);

    const decomposition = this.decompose(c, demandServed, tol);
    const paths = this.pathTotals(c, decomposition);
    if (!oneDestination) this.shareBySink(c, served, decomposition, paths);
    this.clearSinks(c);
    // Circulation through a gate: which tonnes cross it is a matter of
    // bookkeeping, so count the commodity's gate tonnes as served ones (exact
    // where gates are cuts, as the spec intends them).
    return paths.cycleThroughGate ? Math.max(0, served - gateFlow) : Math.min(served, paths.clean);
  }

  /**
   * Commodity c's served tonnes and whether its demands share one far end;
   * each demand's figures start at its origin handling, its flows empty.
   */
  private startDemands(c: number): { served: number; oneDestination: boolean } {
    const layout = this.layout;
    const { served: demandServed, cost: demandCost, days: demandDays, flows: demandFlows } = this.figures;
    const first = layout.commodityDemandStart[c]!;
    const end = layout.commodityDemandStart[c + 1]!;
    let served = 0;
    let oneDestination = true;
    const destination0 = demandFarEnd(layout, layout.commodityDemands[first]!);
    for (let i = first; i < end; i++) {
      const k = layout.commodityDemands[i]!;
      served += demandServed[k]!;
      if (demandFarEnd(layout, k) !== destination0) oneDestination = false;
      demandCost[k] = layout.demandOriginCost[k]! * demandServed[k]!;
      demandDays[k] = layout.demandOriginDays[k]! * demandServed[k]!;
      demandFlows[k] = [];
    }
    return { served, oneDestination };
  }

  /** Demand k's share of what all commodity c's tonnes do alike (circulation; everything, with one destination). */
  private shareOfAll(c: number, k: number, served: number): number {
    const layout = this.layout;
    return served > this.flowTol[c]! ? this.figures.served[k]! / served : k === layout.commodityDemands[layout.commodityDemandStart[c]!] ? 1 : 0;
  }

  /** Each demand of commodity c takes its share of the served tonnes of the totals and of every arc. */
  private shareAlike(c: number, served: number, cost: number, days: number): void {
    const layout = this.layout;
    const { cost: demandCost, days: demandDays, flows: demandFlows } = this.figures;
    const columnStart = layout.commodityColumnStart[c]!;
    const numArcs = layout.commodityFlowEnd[c]! - columnStart;
    const tol = this.flowTol[c]!;
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) {
      const k = layout.commodityDemands[i]!;
      const share = this.shareOfAll(c, k, served);
      demandCost[k]! += share * cost;
      demandDays[k]! += share * days;
      if (share > 0) {
        for (let a = 0; a < numArcs; a++) this.accumulate(a, share * this.x[columnStart + a]!);
        demandFlows[k] = this.emit(columnStart, tol);
      }
    }
  }

  /**
   * Cost and days of each path, summed per sink into `sinkCost`/`sinkDays`
   * (tonnes × path figure) and over the cycles; tonnes on paths that cross
   * no gate (`clean`), and whether any cycle crosses one.
   */
  private pathTotals(c: number, decomposition: FlowDecomposition): PathTotals {
    const layout = this.layout;
    const columnStart = layout.commodityColumnStart[c]!;
    let clean = 0;
    let cycleCost = 0;
    let cycleDays = 0;
    let cycleThroughGate = false;
    for (let p = 0; p < decomposition.count; p++) {
      let pathCost = 0;
      let pathDays = 0;
      let crossesGate = false;
      for (let q = decomposition.start[p]!; q < decomposition.start[p + 1]!; q++) {
        const j = columnStart + decomposition.arc[q]!;
        const l = layout.columnItem[j]!;
        pathCost += this.objective[j]!;
        pathDays += layout.linkDaysWithHead[l]!;
        if (layout.linkCorridor[l]! >= 0) crossesGate = true;
      }
      const tonnes = decomposition.amount[p]!;
      const sink = decomposition.sink[p]!;
      if (sink >= 0) {
        this.sinkCost[sink]! += tonnes * pathCost;
        this.sinkDays[sink]! += tonnes * pathDays;
        if (!crossesGate) clean += tonnes;
      } else {
        cycleCost += tonnes * pathCost;
        cycleDays += tonnes * pathDays;
        if (crossesGate) cycleThroughGate = true;
      }
    }
    return { clean, cycleCost, cycleDays, cycleThroughGate };
  }

  /**
   * Several destinations: each demand takes, in proportion to its served
   * tonnes, its share of the paths to its own destination and of the
   * circulation, for its figures and for its own flow.
   */
  private shareBySink(c: number, served: number, decomposition: FlowDecomposition, { cycleCost, cycleDays }: PathTotals): void {
    const layout = this.layout;
    const { served: demandServed, cost: demandCost, days: demandDays, flows: demandFlows } = this.figures;
    const first = layout.commodityDemandStart[c]!;
    const end = layout.commodityDemandStart[c + 1]!;
    const columnStart = layout.commodityColumnStart[c]!;
    const tol = this.flowTol[c]!;
    for (let i = first; i < end; i++) {
      const k = layout.commodityDemands[i]!;
      const t = demandFarEnd(layout, k);
      if (t >= 0) this.sinkServed[t]! += demandServed[k]!;
    }
    for (let i = first; i < end; i++) {
      const k = layout.commodityDemands[i]!;
      const t = demandFarEnd(layout, k);
      const s = demandServed[k]!;
      const share = t >= 0 && this.sinkServed[t]! > 0 ? s / this.sinkServed[t]! : 0;
      const cycleShare = this.shareOfAll(c, k, served);
      demandCost[k]! += (t >= 0 ? share * this.sinkCost[t]! : 0) + cycleShare * cycleCost;
      demandDays[k]! += (t >= 0 ? share * this.sinkDays[t]! : 0) + cycleShare * cycleDays;
      // Its own flow: its share of the paths to its destination, and of the circulation.
      for (let p = 0; p < decomposition.count; p++) {
        const sink = decomposition.sink[p]!;
        const weight = sink === -1 ? cycleShare : sink === t ? share : 0;
        if (weight === 0) continue;
        const tonnes = weight * decomposition.amount[p]!;
        for (let q = decomposition.start[p]!; q < decomposition.start[p + 1]!; q++) this.accumulate(decomposition.arc[q]!, tonnes);
      }
      demandFlows[k] = this.emit(columnStart, tol);
    }
  }

  /** Zeroes the per-sink sums of commodity c's destinations for the next commodity. */
  private clearSinks(c: number): void {
    const layout = this.layout;
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) {
      const t = demandFarEnd(layout, layout.commodityDemands[i]!);
      if (t >= 0) {
        this.sinkCost[t] = 0;
        this.sinkDays[t] = 0;
        this.sinkServed[t] = 0;
      }
    }
  }

  /** Adds tonnes on arc a (a column of the commodity being read) to the flow being collected. */
  private accumulate(a: number, tonnes: number): void {
    if (tonnes === 0) return;
    if (a >= this.arcTonnes.length) this.growArcScratch(a + 1);
    if (this.arcTonnes[a] === 0 && this.arcSeen[a] === 0) {
      this.arcSeen[a] = 1;
      if (this.numTouched > 0 && a < this.touched[this.numTouched - 1]!) this.touchedAscending = false;
      this.touched[this.numTouched++] = a;
    }
    this.arcTonnes[a]! += tonnes;
  }

  /** The flow collected since the last call, as link entries in link order (above noise); resets the collection. */
  private emit(columnStart: number, tol: number): DemandLinkFlow[] {
    const numTouched = this.numTouched;
    const { touched, arcTonnes, arcSeen, linkIds } = this;
    const { columnItem } = this.layout;
    if (!this.touchedAscending) touched.subarray(0, numTouched).sort();
    const flows: DemandLinkFlow[] = [];
    for (let i = 0; i < numTouched; i++) {
      const a = touched[i]!;
      const tonnes = arcTonnes[a]!;
      if (tonnes > tol) flows.push({ link: linkIds[columnItem[columnStart + a]!]!, flow: tonnes });
      arcTonnes[a] = 0;
      arcSeen[a] = 0;
    }
    this.numTouched = 0;
    this.touchedAscending = true;
    return flows;
  }

  private growArcScratch(size: number): void {
    const n = Math.max(size, this.arcTonnes.length * 2);
    const tonnes = float64(n);
    tonnes.set(this.arcTonnes);
    const seen = uint8(n);
    seen.set(this.arcSeen);
    const touched = int32(n);
    touched.set(this.touched);
    this.arcTonnes = tonnes;
    this.arcSeen = seen;
    this.touched = touched;
  }

  /** Commodity c's flow as paths to its destinations and cycles (arc = column − the commodity's first column). */
  private decompose(c: number, demandServed: Float64Array, tol: number): FlowDecomposition {
    const layout = this.layout;
    const columnStart = layout.commodityColumnStart[c]!;
    const numArcs = layout.commodityFlowEnd[c]! - columnStart;
    if (numArcs > this.arcFlow.length) this.arcFlow = float64(numArcs);
    this.arcFlow.set(this.x.subarray(columnStart, columnStart + numArcs));
    const first = layout.commodityDemandStart[c]!;
    const numSinks = layout.commodityDemandStart[c + 1]! - first;
    if (numSinks > this.sinkNode.length) {
      this.sinkNode = int32(numSinks);
      this.sinkAmount = float64(numSinks);
    }
    let n = 0;
    for (let i = 0; i < numSinks; i++) {
      const k = layout.commodityDemands[first + i]!;
      const t = demandFarEnd(layout, k);
      if (t < 0) continue;
      this.sinkNode[n] = t;
      this.sinkAmount[n] = demandServed[k]!;
      n++;
    }
    return this.decomposer.decompose(
      commodityRoot(layout, c),
      // Merged by destination: one sink, many sources, so decomposed from the sink with every arc reversed.
      this.arcs.tail.subarray(columnStart, columnStart + numArcs),
      this.arcs.head.subarray(columnStart, columnStart + numArcs),
      this.arcFlow,
      numArcs,
      this.sinkNode,
      this.sinkAmount,
      n,
      tol,
    );
  }
}
