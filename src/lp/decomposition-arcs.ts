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
  const { columnItem } = layout;
  const tail = int32(lp.numCols);
  const head = int32(lp.numCols);
  for (let c = 0; c < layout.numCommodities; c++) {
    const reversed = layout.commodityDestination[c]! >= 0;
    const from = reversed ? layout.linkTo : layout.linkFrom;
    const to = reversed ? layout.linkFrom : layout.linkTo;
    const end = layout.commodityFlowEnd[c]!;
    for (let j = layout.commodityColumnStart[c]!; j < end; j++) {
      const l = columnItem[j]!;
      tail[j] = from[l]!;
      head[j] = to[l]!;
    }
  }
  return { tail, head };
}
