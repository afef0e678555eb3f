import { DEFAULTS, type Scenario } from '../model/types';
import { GrowableFloat64, GrowableInt32 } from './growable-array';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND, type BuildLpOptions, type BuildMode, type LpBuild, type LpLayout } from './lp-layout';
import { SparseRows } from './sparse-rows';
import { strongComponents } from './strong-components';
import type { LpProblem } from './types';
import { float64, int32, uint8, copyOf, int32From, uint8From } from './scratch';

const NONE = -1;

/**
 * The linear program of the spec's "The optimisation problem (normative)"
 * for one scenario, with a layout mapping its columns and rows back.
 *
 * By default the smallest exact equivalent: demands that share an origin and
 * arc costs are one commodity, and arcs no demand can use are left out (see
 * `LpLayout`); `{ reduce: false }` builds the spec's formulation as written.
 * Both have the same optimum, and `readResult` reads the same figures from
 * either.
 *
 * Served tonnes are eliminated: s_k = V_k − u_k, so every row that mentions
 * s_k carries −u_k on the left and V_k on the right, and the origin's node
 * cost on s_k becomes a constant (`objectiveConstant`) minus a cost on u_k.
 * A hard demand has no u_k column at all.
 *
 * A `mode` other than `cost` (given alone or in the options) builds the
 * elastic problems of the infeasibility diagnosis (see `BUILD_MODE`).
 */
export function buildLp(scenario: Scenario, options: BuildMode | BuildLpOptions = {}): LpBuild {
  const { mode = BUILD_MODE.cost, reduce = true } = typeof options === 'string' ? { mode: options } : options;
  const nodes = scenario.nodes;
  const links = scenario.links;
  const corridors = scenario.corridors ?? [];
  const demands = scenario.demands;
  const numNodes = nodes.length;
  const numLinks = links.length;
  const numCorridors = corridors.length;
  const numDemands = demands.length;
  const costMode = mode === BUILD_MODE.cost;

  // --- Scenario items as flat arrays (defaults applied here, once). -------
  const nodeIndex = new Map<string, number>();
  const nodeEnabled = uint8(numNodes);
  const nodeCost = float64(numNodes);
  const nodeDays = float64(numNodes);
  const nodeCapacity = float64(numNodes);
  for (let n = 0; n < numNodes; n++) {
    const node = nodes[n]!;
    nodeIndex.set(node.id, n);
    nodeEnabled[n] = (node.enabled ?? DEFAULTS.enabled) ? 1 : 0;
    nodeCost[n] = node.cost ?? DEFAULTS.cost;
    nodeDays[n] = node.days ?? DEFAULTS.days;
    nodeCapacity[n] = node.capacity ?? Infinity;
  }

  const linkIndex = new Map<string, number>();
  for (let l = 0; l < numLinks; l++) linkIndex.set(links[l]!.id, l);

  const corridorEnabled = uint8(numCorridors);
  const linkCorridor = int32(numLinks).fill(NONE);
  let anyLowerBound = false;
  const corridorHasLowerBound = uint8(numCorridors);
  for (let c = 0; c < numCorridors; c++) {
    const corridor = corridors[c]!;
    corridorEnabled[c] = (corridor.enabled ?? DEFAULTS.enabled) ? 1 : 0;
    if (
      corridorEnabled[c] === 1 &&
      ((corridor.minFlow ?? DEFAULTS.minFlow) > 0 || (corridor.minShare ?? DEFAULTS.minShare) > 0)
    ) {
      corridorHasLowerBound[c] = 1;
      anyLowerBound = true;
    }
    for (const gate of corridor.gates) {
      const l = linkIndex.get(gate);
      // A link is a gate of at most one corridor (validated); first one wins otherwise.
      if (l !== undefined && linkCorridor[l] === NONE) linkCorridor[l] = c;
    }
  }

  const linkFrom = int32(numLinks);
  const linkTo = int32(numLinks);
  const linkIsArc = uint8(numLinks);
  const linkCost = float64(numLinks);
  const linkDays = float64(numLinks);
  const linkDaysWithHead = float64(numLinks);
  const linkCapacity = float64(numLinks);
  let numArcs = 0;
  for (let l = 0; l < numLinks; l++) {
    const link = links[l]!;
    const from = nodeIndex.get(link.from) ?? NONE;
    const to = nodeIndex.get(link.to) ?? NONE;
    linkFrom[l] = from;
    linkTo[l] = to;
    linkCost[l] = link.cost;
    linkDays[l] = link.days ?? DEFAULTS.days;
    linkDaysWithHead[l] = linkDays[l]! + (to === NONE ? 0 : nodeDays[to]!);
    linkCapacity[l] = link.capacity ?? Infinity;
    const corridor = linkCorridor[l]!;
    const isArc =
      (link.enabled ?? DEFAULTS.enabled) &&
      from !== NONE &&
      to !== NONE &&
      from !== to &&
      nodeEnabled[from] === 1 &&
      nodeEnabled[to] === 1 &&
      (corridor === NONE || corridorEnabled[corridor] === 1);
    if (isArc) {
      linkIsArc[l] = 1;
      numArcs++;
    }
  }

  // --- Arc adjacency (CSR over links that are arcs). -----------------------
  const outStart = int32(numNodes + 1);
  const inStart = int32(numNodes + 1);
  for (let l = 0; l < numLinks; l++) {
    if (linkIsArc[l] === 0) continue;
    outStart[linkFrom[l]! + 1]!++;
    inStart[linkTo[l]! + 1]!++;
  }
  for (let n = 0; n < numNodes; n++) {
    outStart[n + 1]! += outStart[n]!;
    inStart[n + 1]! += inStart[n]!;
  }
  const outLink = int32(numArcs);
  const outHead = int32(numArcs);
  const inLink = int32(numArcs);
  {
    const outNext = copyOf(outStart, 0, numNodes);
    const inNext = copyOf(inStart, 0, numNodes);
    for (let l = 0; l < numLinks; l++) {
      if (linkIsArc[l] === 0) continue;
      const p = outNext[linkFrom[l]!]!++;
      outLink[p] = l;
      outHead[p] = linkTo[l]!;
      inLink[inNext[linkTo[l]!]!++] = l;
    }
  }

  // Arcs every demand keeps although they are on no origin→destination walk:
  // those on a cycle through a gate of a lower-bounded corridor (see LpLayout).
  const keepAlways = uint8(numLinks);
  if (anyLowerBound) {
    const component = strongComponents(numNodes, outStart, outHead);
    const componentHasLowerGate = uint8(numNodes);
    for (let l = 0; l < numLinks; l++) {
      const c = linkCorridor[l]!;
      if (linkIsArc[l] === 1 && c !== NONE && corridorHasLowerBound[c] === 1) {
        const cf = component[linkFrom[l]!]!;
        if (cf === component[linkTo[l]!]) componentHasLowerGate[cf] = 1;
      }
    }
    for (let l = 0; l < numLinks; l++) {
      if (linkIsArc[l] === 0) continue;
      const cf = component[linkFrom[l]!]!;
      if (cf === component[linkTo[l]!] && componentHasLowerGate[cf] === 1) keepAlways[l] = 1;
    }
  }

  // --- Commodities: demands whose flows are interchangeable. --------------
  // Arc costs depend on a demand only through its value of time, and only
  // where some arc or node takes days; diagnosis builds price no flow at all.
  let anyDays = false;
  for (let l = 0; l < numLinks && !anyDays; l++) {
    if (linkIsArc[l] === 1 && (linkDays[l]! !== 0 || nodeDays[linkTo[l]!]! !== 0)) anyDays = true;
  }
  const demandCommodity = int32(numDemands);
  const demandOrigin = int32(numDemands);
  const demandDestination = int32(numDemands);
  const commodityOriginList: number[] = [];
  const commodityValueOfTime: number[] = [];
  {
    const commodityOfKey = new Map<string, number>();
    for (let k = 0; k < numDemands; k++) {
      const demand = demands[k]!;
      const origin = nodeIndex.get(demand.from) ?? NONE;
      demandOrigin[k] = origin;
      demandDestination[k] = nodeIndex.get(demand.to) ?? NONE;
      const valueOfTime = demand.valueOfTime ?? DEFAULTS.valueOfTime;
      const key = !reduce || origin === NONE ? null : costMode && anyDays ? `${origin}|${valueOfTime}` : `${origin}`;
      let c = key === null ? undefined : commodityOfKey.get(key);
      if (c === undefined) {
        c = commodityOriginList.length;
        commodityOriginList.push(origin);
        commodityValueOfTime.push(valueOfTime);
        if (key !== null) commodityOfKey.set(key, c);
      }
      demandCommodity[k] = c;
    }
  }
  const numCommodities = commodityOriginList.length;
  const commodityOrigin = int32From(commodityOriginList);
  const commodityDemandStart = int32(numCommodities + 1);
  const commodityDemands = int32(numDemands);
  for (let k = 0; k < numDemands; k++) commodityDemandStart[demandCommodity[k]! + 1]!++;
  for (let c = 0; c < numCommodities; c++) commodityDemandStart[c + 1]! += commodityDemandStart[c]!;
  {
    const next = copyOf(commodityDemandStart, 0, numCommodities);
    for (let k = 0; k < numDemands; k++) commodityDemands[next[demandCommodity[k]!]!++] = k;
  }

  // --- Columns and conservation rows, commodity by commodity. --------------
  const columnKind = new GrowableInt32();
  const columnCommodity = new GrowableInt32();
  const columnItem = new GrowableInt32();
  const columnCost = new GrowableFloat64();
  const columnUpper = new GrowableFloat64();
  const columnOnRoute = new GrowableInt32();
  const commodityColumnStart = int32(numCommodities + 1);
  const commodityFlowEnd = int32(numCommodities);

  const rowKind = new GrowableInt32();
  const rowItem = new GrowableInt32();
  const rowCommodity = new GrowableInt32();
  const rowLower = new GrowableFloat64();
  const rowUpper = new GrowableFloat64();
  const entries = new SparseRows();

  const unmetColumn = int32(numDemands).fill(NONE);
  // Demands with an unmet column whose destination no enabled arc reaches from the origin: their
  // whole volume is unmet, exactly, whatever GLPK's tolerance leaves in the rows the column
  // shares (a 1e9 t demand without a route came back 19 t served, issue 12). `readResult` reads
  // them so; the column stays free in the LP, for its dual (the penalty) to be the rows'.
  const unroutable: number[] = [];
  const originRow = int32(numDemands).fill(NONE);
  const destinationRow = int32(numDemands).fill(NONE);
  const demandVolume = float64(numDemands);
  const demandOriginCost = float64(numDemands);
  const demandOriginDays = float64(numDemands);

  const linkColumns = int32(numLinks);
  const nodeInColumns = int32(numNodes);
  const nodeOriginVolume = float64(numNodes);
  const nodeHasOrigin = uint8(numNodes);

  const forward = int32(numNodes);
  const backward = int32(numNodes);
  const touched = int32(numNodes);
  const nodeRow = int32(numNodes);
  const nodeRhs = float64(numNodes);
  const queue = int32(numNodes);
  let objectiveConstant = 0;
  let totalVolume = 0;

  const addRow = (kind: number, item: number, commodity: number, lower: number, upper: number): number => {
    rowKind.push(kind);
    rowItem.push(item);
    rowCommodity.push(commodity);
    rowLower.push(lower);
    rowUpper.push(upper);
    return rowKind.length - 1;
  };
  const addColumn = (kind: number, commodity: number, item: number, cost: number, upper: number, onRoute = 1): number => {
    columnKind.push(kind);
    columnCommodity.push(commodity);
    columnItem.push(item);
    columnCost.push(cost);
    columnUpper.push(upper);
    columnOnRoute.push(onRoute);
    return columnKind.length - 1;
  };

  for (let k = 0; k < numDemands; k++) {
    const demand = demands[k]!;
    const origin = demandOrigin[k]!;
    const volume = demand.volume;
    const valueOfTime = demand.valueOfTime ?? DEFAULTS.valueOfTime;
    demandVolume[k] = volume;
    totalVolume += volume;
    if (origin !== NONE) {
      demandOriginCost[k] = nodeCost[origin]! + valueOfTime * nodeDays[origin]!;
      demandOriginDays[k] = nodeDays[origin]!;
      nodeOriginVolume[origin]! += volume;
      nodeHasOrigin[origin] = 1;
    }
    if (costMode) objectiveConstant += demandOriginCost[k]! * volume;
  }

  for (let c = 0; c < numCommodities; c++) {
    const stamp = c + 1;
    const origin = commodityOrigin[c]!;
    const valueOfTime = commodityValueOfTime[c]!;
    const firstDemand = commodityDemandStart[c]!;
    const endDemand = commodityDemandStart[c + 1]!;

    // Reachability from the origin and to any of the destinations.
    if (origin !== NONE && nodeEnabled[origin] === 1) {
      let head = 0;
      let tail = 0;
      forward[origin] = stamp;
      queue[tail++] = origin;
      while (head < tail) {
        const v = queue[head++]!;
        for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
          const w = outHead[p]!;
          if (forward[w] !== stamp) {
            forward[w] = stamp;
            queue[tail++] = w;
          }
        }
      }
    }
    {
      let head = 0;
      let tail = 0;
      for (let i = firstDemand; i < endDemand; i++) {
        const destination = demandDestination[commodityDemands[i]!]!;
        if (destination !== NONE && nodeEnabled[destination] === 1 && backward[destination] !== stamp) {
          backward[destination] = stamp;
          queue[tail++] = destination;
        }
      }
      while (head < tail) {
        const v = queue[head++]!;
        for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
          const w = linkFrom[inLink[p]!]!;
          if (backward[w] !== stamp) {
            backward[w] = stamp;
            queue[tail++] = w;
          }
        }
      }
    }

    // Flow columns.
    const firstColumn = columnKind.length;
    commodityColumnStart[c] = firstColumn;
    let numTouched = 0;
    const touch = (n: number): void => {
      if (nodeRow[n] !== -stamp) {
        nodeRow[n] = -stamp; // marked; real row numbers assigned below
        touched[numTouched++] = n;
      }
    };
    if (origin !== NONE) {
      touch(origin);
      for (let i = firstDemand; i < endDemand; i++) nodeRhs[origin]! += demandVolume[commodityDemands[i]!]!;
    }
    for (let i = firstDemand; i < endDemand; i++) {
      const k = commodityDemands[i]!;
      const destination = demandDestination[k]!;
      if (destination !== NONE) {
        touch(destination);
        nodeRhs[destination]! -= demandVolume[k]!;
      }
    }
    for (let l = 0; l < numLinks; l++) {
      if (linkIsArc[l] === 0) continue;
      const from = linkFrom[l]!;
      const to = linkTo[l]!;
      const onRoute = (forward[from] === stamp && backward[to] === stamp) || keepAlways[l] === 1;
      if (!onRoute && reduce) continue;
      const cost = costMode
        ? linkCost[l]! + valueOfTime * linkDays[l]! + nodeCost[to]! + valueOfTime * nodeDays[to]!
        : 0;
      addColumn(COLUMN_KIND.flow, c, l, cost, Infinity, onRoute ? 1 : 0);
      linkColumns[l]!++;
      nodeInColumns[to]!++;
      touch(from);
      touch(to);
    }
    const endFlow = columnKind.length;
    commodityFlowEnd[c] = endFlow;

    // Unmet columns: soft demands always; hard ones only in the diagnosis.
    for (let i = firstDemand; i < endDemand; i++) {
      const k = commodityDemands[i]!;
      const soft = demands[k]!.unmetPenalty !== undefined;
      if (!soft && costMode) continue;
      const cost =
        mode === BUILD_MODE.cost
          ? demands[k]!.unmetPenalty! - demandOriginCost[k]!
          : mode === BUILD_MODE.shortfall && !soft
            ? 1
            : 0;
      unmetColumn[k] = addColumn(COLUMN_KIND.unmet, c, k, cost, demandVolume[k]!);
      // No route from the origin: the whole volume is unmet (see `unroutable`).
      const destination = demandDestination[k]!;
      if (destination === NONE || forward[destination] !== stamp) unroutable.push(k);
    }

    // Conservation rows in node order, so the LP reads the same every build.
    touched.subarray(0, numTouched).sort();
    for (let t = 0; t < numTouched; t++) {
      const n = touched[t]!;
      const rhs = nodeRhs[n]!;
      nodeRow[n] = addRow(ROW_KIND.conservation, n, c, rhs, rhs);
    }
    for (let j = firstColumn; j < endFlow; j++) {
      const l = columnItem.get(j);
      entries.push(nodeRow[linkFrom[l]!]!, j, 1);
      entries.push(nodeRow[linkTo[l]!]!, j, -1);
    }
    for (let i = firstDemand; i < endDemand; i++) {
      const k = commodityDemands[i]!;
      const destination = demandDestination[k]!;
      if (origin !== NONE) originRow[k] = nodeRow[origin]!;
      if (destination !== NONE) destinationRow[k] = nodeRow[destination]!;
      const u = unmetColumn[k]!;
      if (u !== NONE) {
        if (originRow[k] !== NONE) entries.push(originRow[k]!, u, 1);
        if (destinationRow[k] !== NONE) entries.push(destinationRow[k]!, u, -1);
      }
    }
    // Leave nodeRow holding a value no later stamp can equal, and nodeRhs at 0.
    for (let t = 0; t < numTouched; t++) {
      nodeRow[touched[t]!] = 0;
      nodeRhs[touched[t]!] = 0;
    }
  }
  commodityColumnStart[numCommodities] = columnKind.length;

  // --- Capacity and corridor rows. ------------------------------------------
  const linkCapacityRow = int32(numLinks).fill(NONE);
  for (let l = 0; l < numLinks; l++) {
    if (linkColumns[l]! > 0 && Number.isFinite(linkCapacity[l]!)) {
      linkCapacityRow[l] = addRow(ROW_KIND.linkCapacity, l, NONE, -Infinity, linkCapacity[l]!);
    }
  }
  const nodeCapacityRow = int32(numNodes).fill(NONE);
  for (let n = 0; n < numNodes; n++) {
    if (
      nodeEnabled[n] === 1 &&
      Number.isFinite(nodeCapacity[n]!) &&
      (nodeInColumns[n]! > 0 || nodeHasOrigin[n] === 1)
    ) {
      nodeCapacityRow[n] = addRow(ROW_KIND.nodeCapacity, n, NONE, -Infinity, nodeCapacity[n]! - nodeOriginVolume[n]!);
    }
  }
  // Corridor rows follow the spec for every corridor, disabled ones included
  // (their F_c is 0, so a lower bound on a closed corridor is infeasible).
  // Default bounds add no row: F_c ≥ 0 holds anyway, and F_c ≤ 1·S holds
  // wherever gates are cuts; where a route crosses two gates of one corridor
  // the spec warns that its tonnes count twice, rather than holding them back.
  const corridorFlowRow = int32(numCorridors).fill(NONE);
  const corridorMaxShareRow = int32(numCorridors).fill(NONE);
  const corridorMinShareRow = int32(numCorridors).fill(NONE);
  const corridorMinFlowSlack = int32(numCorridors).fill(NONE);
  const corridorMinShareSlack = int32(numCorridors).fill(NONE);
  const corridorMaxShare = float64(numCorridors);
  const corridorMinShare = float64(numCorridors);
  for (let c = 0; c < numCorridors; c++) {
    const corridor = corridors[c]!;
    const minFlow = corridor.minFlow ?? DEFAULTS.minFlow;
    const maxFlow = corridor.maxFlow ?? Infinity;
    const minShare = corridor.minShare ?? DEFAULTS.minShare;
    const maxShare = corridor.maxShare ?? DEFAULTS.maxShare;
    corridorMaxShare[c] = maxShare;
    corridorMinShare[c] = minShare;
    if (minFlow > 0 || Number.isFinite(maxFlow)) {
      corridorFlowRow[c] = addRow(ROW_KIND.corridorFlow, c, NONE, minFlow > 0 ? minFlow : -Infinity, maxFlow);
      if (mode === BUILD_MODE.bounds && minFlow > 0) {
        corridorMinFlowSlack[c] = addColumn(COLUMN_KIND.boundSlack, NONE, c, 1, Infinity);
        entries.push(corridorFlowRow[c]!, corridorMinFlowSlack[c]!, 1);
      }
    }
    if (maxShare < 1) {
      corridorMaxShareRow[c] = addRow(ROW_KIND.corridorMaxShare, c, NONE, -Infinity, maxShare * totalVolume);
    }
    if (minShare > 0) {
      corridorMinShareRow[c] = addRow(ROW_KIND.corridorMinShare, c, NONE, minShare * totalVolume, Infinity);
      if (mode === BUILD_MODE.bounds) {
        corridorMinShareSlack[c] = addColumn(COLUMN_KIND.boundSlack, NONE, c, 1, Infinity);
        entries.push(corridorMinShareRow[c]!, corridorMinShareSlack[c]!, 1);
      }
    }
  }

  // Entries of flow columns in capacity and corridor rows.
  const numFlowAndUnmet = commodityColumnStart[numCommodities]!;
  for (let j = 0; j < numFlowAndUnmet; j++) {
    if (columnKind.get(j) !== COLUMN_KIND.flow) continue;
    const l = columnItem.get(j);
    if (linkCapacityRow[l] !== NONE) entries.push(linkCapacityRow[l]!, j, 1);
    const to = linkTo[l]!;
    if (nodeCapacityRow[to] !== NONE) entries.push(nodeCapacityRow[to]!, j, 1);
    const c = linkCorridor[l]!;
    if (c !== NONE) {
      if (corridorFlowRow[c] !== NONE) entries.push(corridorFlowRow[c]!, j, 1);
      if (corridorMaxShareRow[c] !== NONE) entries.push(corridorMaxShareRow[c]!, j, 1);
      if (corridorMinShareRow[c] !== NONE) entries.push(corridorMinShareRow[c]!, j, 1);
    }
  }
  // Entries of unmet columns: every row whose right-hand side holds V_k.
  for (let k = 0; k < numDemands; k++) {
    const u = unmetColumn[k]!;
    if (u === NONE) continue;
    const origin = demandOrigin[k]!;
    if (origin !== NONE && nodeCapacityRow[origin] !== NONE) entries.push(nodeCapacityRow[origin]!, u, -1);
    for (let c = 0; c < numCorridors; c++) {
      if (corridorMaxShareRow[c] !== NONE) entries.push(corridorMaxShareRow[c]!, u, corridorMaxShare[c]!);
      if (corridorMinShareRow[c] !== NONE) entries.push(corridorMinShareRow[c]!, u, corridorMinShare[c]!);
    }
  }

  const numCols = columnKind.length;
  const numRows = rowKind.length;
  const csr = entries.toCsr(numRows, numCols);
  const lp: LpProblem = {
    numCols,
    numRows,
    objective: columnCost.toArray(),
    objectiveConstant,
    colLower: float64(numCols),
    colUpper: columnUpper.toArray(),
    rowLower: rowLower.toArray(),
    rowUpper: rowUpper.toArray(),
    rowStart: csr.rowStart,
    rowIndex: csr.rowIndex,
    rowValue: csr.rowValue,
  };
  const demandUnroutable = uint8(numDemands);
  for (const k of unroutable) demandUnroutable[k] = 1;
  const layout: LpLayout = {
    mode,
    pruning: reduce ? 'reachability' : 'none',
    merged: reduce,
    columnKind: uint8From(columnKind.toArray()),
    columnCommodity: columnCommodity.toArray(),
    columnItem: columnItem.toArray(),
    columnOnRoute: uint8From(columnOnRoute.toArray()),
    rowKind: uint8From(rowKind.toArray()),
    rowItem: rowItem.toArray(),
    rowCommodity: rowCommodity.toArray(),
    numCommodities,
    commodityOrigin,
    commodityColumnStart,
    commodityFlowEnd,
    commodityDemandStart,
    commodityDemands,
    demandCommodity,
    unmetColumn,
    originRow,
    destinationRow,
    demandOrigin,
    demandDestination,
    demandVolume,
    demandOriginCost,
    demandOriginDays,
    demandUnroutable,
    linkIsArc,
    linkFrom,
    linkTo,
    linkCorridor,
    linkDaysWithHead,
    linkCapacity,
    linkCapacityRow,
    nodeEnabled,
    nodeCapacity,
    nodeCapacityRow,
    corridorEnabled,
    corridorFlowRow,
    corridorMaxShareRow,
    corridorMinShareRow,
    corridorMinFlowSlack,
    corridorMinShareSlack,
  };
  return { lp, layout };
}
