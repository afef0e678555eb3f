import type { Scenario } from '../model/types';
import { arcAdjacency } from './arc-adjacency';
import { addCapacityEntries, addCapacityRows } from './capacity-rows';
import { commoditiesByCover, commoditiesByOrigin } from './commodities';
import { addCommodityBlocks } from './commodity-blocks';
import { addCorridorEntries, addCorridorRows } from './corridor-rows';
import { demandArrays } from './demand-arrays';
import { BUILD_MODE, type BuildLpOptions, type BuildMode, type LpBuild, type LpLayout } from './lp-layout';
import { LpWriter, type LpWriterCapacity } from './lp-writer';
import { lowerBoundCycleArcs, Reachability } from './reachability';
import { scenarioArrays, type ScenarioArrays } from './scenario-arrays';
import { uint8 } from './scratch';

/**
 * The linear program of the spec's "The optimisation problem (normative)"
 * for one scenario, with a layout mapping its columns and rows back.
 *
 * By default the smallest exact equivalent: demands that share an origin (or
 * a destination) and arc costs are one commodity, and arcs no demand can use are left out (see
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
 *
 * The stages, in the order the LP is written: the scenario as flat arrays
 * (`scenarioArrays`, `demandArrays`), the arcs' adjacency and the arcs
 * pruning must keep (`arcAdjacency`, `lowerBoundCycleArcs`), commodities
 * (`commoditiesByCover`), each commodity's flow and unmet columns and
 * conservation rows (`addCommodityBlocks`), then the rows all commodities
 * share: capacities (`addCapacityRows`) and corridor bounds
 * (`addCorridorRows`), and their entries.
 */
export function buildLp(scenario: Scenario, options: BuildMode | BuildLpOptions = {}): LpBuild {
  const { mode = BUILD_MODE.cost, reduce = true, aggregate = 'cover' } = typeof options === 'string' ? { mode: options } : options;
  const costMode = mode === BUILD_MODE.cost;
  const arrays = scenarioArrays(scenario);
  const adjacency = arcAdjacency(arrays);
  const keepAlways = lowerBoundCycleArcs(arrays, adjacency);
  const demands = demandArrays(scenario, arrays, costMode);
  // Arc costs depend on a demand only through its value of time, and only
  // where some arc or node takes days; diagnosis builds price no flow at all.
  const commodityOptions = { merge: reduce, byValueOfTime: costMode && arrays.anyDays };
  const commodities = aggregate === 'origin' ? commoditiesByOrigin(demands, commodityOptions) : commoditiesByCover(demands, commodityOptions);

  const writer = new LpWriter(writerCapacity(arrays, demands.numDemands, commodities.numCommodities));
  const blocks = addCommodityBlocks(writer, scenario, arrays, demands, commodities, new Reachability(arrays, adjacency), keepAlways, {
    mode,
    prune: reduce,
  });
  const numFlowAndUnmet = writer.numCols;
  const capacity = addCapacityRows(writer, arrays, demands, blocks);
  const corridor = addCorridorRows(writer, scenario, demands, mode);
  addCapacityEntries(writer, arrays, demands, blocks, capacity, numFlowAndUnmet);
  addCorridorEntries(writer, arrays, demands, blocks, corridor, numFlowAndUnmet);

  const lp = writer.problem(demands.objectiveConstant);
  const demandUnroutable = uint8(demands.numDemands);
  for (const k of blocks.unroutable) demandUnroutable[k] = 1;
  const layout: LpLayout = {
    mode,
    pruning: reduce ? 'reachability' : 'none',
    merged: reduce,
    ...writer.meanings(),
    numCommodities: commodities.numCommodities,
    commodityOrigin: commodities.commodityOrigin,
    commodityDestination: commodities.commodityDestination,
    commodityColumnStart: blocks.commodityColumnStart,
    commodityFlowEnd: blocks.commodityFlowEnd,
    commodityDemandStart: commodities.commodityDemandStart,
    commodityDemands: commodities.commodityDemands,
    demandCommodity: commodities.demandCommodity,
    unmetColumn: blocks.unmetColumn,
    originRow: blocks.originRow,
    destinationRow: blocks.destinationRow,
    demandOrigin: demands.demandOrigin,
    demandDestination: demands.demandDestination,
    demandVolume: demands.demandVolume,
    demandOriginCost: demands.demandOriginCost,
    demandOriginDays: demands.demandOriginDays,
    demandUnroutable,
    linkIsArc: arrays.linkIsArc,
    linkFrom: arrays.linkFrom,
    linkTo: arrays.linkTo,
    linkCorridor: arrays.linkCorridor,
    linkDaysWithHead: arrays.linkDaysWithHead,
    linkCapacity: arrays.linkCapacity,
    linkCapacityRow: capacity.linkCapacityRow,
    nodeEnabled: arrays.nodeEnabled,
    nodeCapacity: arrays.nodeCapacity,
    nodeCapacityRow: capacity.nodeCapacityRow,
    corridorEnabled: arrays.corridorEnabled,
    corridorFlowRow: corridor.corridorFlowRow,
    corridorMaxShareRow: corridor.corridorMaxShareRow,
    corridorMinShareRow: corridor.corridorMinShareRow,
    corridorMinFlowSlack: corridor.corridorMinFlowSlack,
    corridorMinShareSlack: corridor.corridorMinShareSlack,
  };
  return { lp, layout };
}

/** Most flow columns (and conservation rows) a writer's first buffers hold: a larger LP grows them, by doubling. */
const MAX_START_COLUMNS = 1 << 16;

/**
 * Room for every column, row and ordered entry the LP can have (every arc of every commodity), up to
 * `MAX_START_COLUMNS` columns: then an unpruned LP is written with no copy on the way.
 */
function writerCapacity(arrays: ScenarioArrays, numDemands: number, numCommodities: number): LpWriterCapacity {
  const flowColumns = Math.min(numCommodities * arrays.numArcs, MAX_START_COLUMNS);
  const conservationRows = Math.min(numCommodities * arrays.numNodes, MAX_START_COLUMNS);
  const corridorRows = 3 * arrays.numCorridors;
  return {
    columns: flowColumns + numDemands + 2 * arrays.numCorridors,
    rows: conservationRows + arrays.numLinks + arrays.numNodes + corridorRows,
    // Conservation: two per flow and unmet column; capacity: up to two per flow column and one per unmet.
    orderedEntries: 4 * flowColumns + 3 * numDemands,
  };
}
