import type { LpBuild } from './lp-layout';

/**
 * An LP solution's column values as they are reported: a demand without a
 * route is unmet in full, exactly (`demandUnroutable`), whatever GLPK's
 * tolerance left in the rows its unmet column shares (a 1e9 t demand
 * without a route came back 19 t served, issue 12). `readResult` reads
 * these values and `ownScaleViolation` checks them, so that tonnes GLPK
 * "served" of such a demand to meet a share bound are caught. Returns
 * `primal` itself when nothing changes, else a copy.
 */
export function reportedPrimal(build: LpBuild, primal: Float64Array): Float64Array {
  const { layout } = build;
  let x = primal;
  for (let k = 0; k < layout.demandUnroutable.length; k++) {
    const u = layout.unmetColumn[k]!;
    if (layout.demandUnroutable[k] !== 1 || u < 0 || x[u] === layout.demandVolume[k]) continue;
    if (x === primal) x = Float64Array.from(primal);
    x[u] = layout.demandVolume[k]!;
  }
  return x;
}
