/**
 * The sizes below which a solution's duals are rounding noise, and the duals
 * with that noise set to 0, at the prices they can carry (see `readResult`).
 */
import type { LpBuild } from './lp-layout';
import { float64 } from './scratch';

/**
 * Relative size below which a dual is rounding noise, measured against the
 * largest price in the LP (a 1e9 USD/t penalty makes duals noisy at about
 * 1e-7 USD/t; a marginal value of 0.01 USD/t beside it is real).
 */
export const PRICE_NOISE = 1e-12;
/** The sizes below which the solution's duals are rounding noise (see PRICE_NOISE); for the primal values see figure-noise.ts. */
export interface NoiseLevels {
  /** Below it a dual is 0: PRICE_NOISE of the largest price in the LP. */
  readonly priceTol: number;
  /** Per commodity: the largest price of its own columns and demands (see `commodityPriceTol`). */
  readonly commodityPriceScale: Float64Array;
}

export function noiseLevels(build: LpBuild): NoiseLevels {
  const { lp, layout } = build;
  const { objective } = lp;
  // The largest price in the LP, and per commodity the largest of its own columns' and demands' (one pass each).
  const commodityPriceScale = float64(layout.numCommodities);
  let priceScale = 0;
  for (let j = 0; j < lp.numCols; j++) {
    const price = Math.abs(objective[j]!);
    priceScale = Math.max(priceScale, price);
    const c = layout.columnCommodity[j]!;
    if (c >= 0) commodityPriceScale[c] = Math.max(commodityPriceScale[c]!, price);
  }
  for (let k = 0; k < layout.demandVolume.length; k++) {
    const price = Math.abs(layout.demandOriginCost[k]!);
    priceScale = Math.max(priceScale, price);
    const c = layout.demandCommodity[k]!;
    if (c >= 0) commodityPriceScale[c] = Math.max(commodityPriceScale[c]!, price);
  }
  return { priceTol: PRICE_NOISE * priceScale, commodityPriceScale };
}

/**
 * Per commodity, the size below which a dual of its rows (or a figure summed
 * from them) is noise: PRICE_NOISE of the largest price it can carry, its own
 * columns' and demands' prices or the coupling rows' duals through which other
 * commodities' prices reach it. A commodity's duals solve its own block of the
 * basis less the coupling rows' terms, so a 1e9 penalty elsewhere cannot make
 * 0.001 of its own noise (the LP's largest price would: glpsol differential,
 * seed 123456), while noise that does come through the coupling rows is judged
 * at their scale.
 */
export function commodityPriceTol(build: LpBuild, noise: NoiseLevels, dual: Float64Array): Float64Array {
  const { layout } = build;
  let coupling = 0;
  for (let i = 0; i < dual.length; i++) if (layout.rowCommodity[i]! < 0) coupling = Math.max(coupling, Math.abs(dual[i]!));
  const tol = float64(layout.numCommodities);
  // Never above the LP's own tolerance: a coupling row's dual can exceed every single price (seed 5: 2e9 beside a 0.002 penalty).
  for (let c = 0; c < layout.numCommodities; c++) tol[c] = Math.min(noise.priceTol, PRICE_NOISE * Math.max(noise.commodityPriceScale[c]!, coupling));
  return tol;
}

/** The duals with their noise set to 0: a commodity's rows by its own tolerance, the coupling rows by the LP's. */
export function cleanDuals(build: LpBuild, noise: NoiseLevels, tol: Float64Array, dual: Float64Array): Float64Array {
  const { rowCommodity } = build.layout;
  const y = float64(dual.length);
  for (let i = 0; i < dual.length; i++) {
    const c = rowCommodity[i]!;
    y[i] = withinNoise(dual[i]!, c >= 0 ? tol[c]! : noise.priceTol);
  }
  return y;
}

export function withinNoise(v: number, tol: number): number {
  return Math.abs(v) <= tol ? 0 : v;
}
