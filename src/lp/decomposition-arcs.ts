import type { LpBuild } from './lp-layout';
import { int32 } from './scratch';

/**
 * Every flow column's ends in the direction its commodity's flow is
 * decomposed (`CommodityReader`): tail → head as the link runs, or head →
 * tail for a commodity merged by destination, which is read from its sink
 * with every arc reversed. Indexed by column; 0 for other columns. Layout
 * only, so kept per layout (`perLayout`).
 */
export interface DecompositionArcs {
  readonly tail: Int32Array;
  readonly head: Int32Array;
}

export function decompositionArcs(build: LpBuild): DecompositionArcs {
  const { lp, layout } = build;
  const tail = int32(lp.numCols);
  const head = int32(lp.numCols);
  for (let c = 0; c < layout.numCommodities; c++) {
    const reversed = layout.commodityDestination[c]! >= 0;
    for (let j = layout.commodityColumnStart[c]!; j < layout.commodityFlowEnd[c]!; j++) {
      const l = layout.columnItem[j]!;
      tail[j] = reversed ? layout.linkTo[l]! : layout.linkFrom[l]!;
      head[j] = reversed ? layout.linkFrom[l]! : layout.linkTo[l]!;
    }
  }
  return { tail, head };
}
