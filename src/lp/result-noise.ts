/**
 * The sizes below which a solution's values are rounding noise, and the
 * values with that noise set to 0: columns at their commodity's volume, duals
 * at the prices they can carry (see `readResult`).
 */
import type { LpBuild } from './lp-layout';
import { float64 } from './scratch';

/**
 * Relative size below which a dual is rounding noise, measured against the
 * largest price in the LP (a 1e9 USD/t penalty makes duals noisy at about
 * 1e-7 USD/t; a marginal value of 0.01 USD/t beside it is real).
 */
export const PRICE_NOISE = 1e-12;
/**
 * Relative size (of a commodity's volume) below which one of its flows or
 * unmets is rounding: some tens of units in the last place of the figures its
 * rows combine (a 1 t demand's unmet came back 1.8e-15 short of 1 in a 35 t
 * commodity, FC_SEED=−2024; V − u at 1e9 t is exact to 1.2e-7 t). Not GLPK's
 * tolerance, which would take a corridor's 0.05 t of a 1e8 t demand, there to
 * meet a minShare, for noise (issue 12); nor 1e-12, which took the 1.1e-4 t a
 * 1e9 t demand must be served to keep a corridor's 0.001 t minFlow within its
 * maxShare for noise and reported the share broken (glpsol differential,
 * FC_SEED=−654321).
 */
export const FIGURE_NOISE = 1e-14;

/** The sizes below which the solution's values are rounding noise (see NOISE, PRICE_NOISE, FIGURE_NOISE). */
export interface NoiseLevels {
  /** Below it a dual is 0: PRICE_NOISE of the largest price in the LP. */
  readonly priceTol: number;
  /** Per commodity: the largest price of its own columns and demands (see `commodityPriceTol`). */
  readonly commodityPriceScale: Float64Array;
  /** Per commodity: below it one of its flows is 0 (FIGURE_NOISE of its volume). */
  readonly commodityTol: Float64Array;
  /** Below it a sum of several commodities' flows is 0: the least of `commodityTol`. */
  readonly smallestTol: number;
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
  // Each commodity's flows are noise below FIGURE_NOISE of its own volume; sums of
  // several commodities' flows below that of the smallest volume among them.
  const commodityTol = float64(layout.numCommodities);
  for (let c = 0; c < layout.numCommodities; c++) {
    let volume = 0;
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) volume += layout.demandVolume[layout.commodityDemands[i]!]!;
    commodityTol[c] = FIGURE_NOISE * volume;
  }
  let smallestTol = Infinity;
  for (let c = 0; c < layout.numCommodities; c++) smallestTol = Math.min(smallestTol, commodityTol[c]!);
  return { priceTol: PRICE_NOISE * priceScale, commodityPriceScale, commodityTol, smallestTol };
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

/** Column values with their noise removed, each at its own commodity's scale. */
export function cleanColumns(build: LpBuild, x: Float64Array, noise: NoiseLevels): Float64Array {
  const { lp, layout } = build;
  const { columnCommodity } = layout;
  const { commodityTol } = noise;
  const cleanX = float64(lp.numCols);
  for (let j = 0; j < lp.numCols; j++) {
    const v = x[j]!;
    const c = columnCommodity[j]!;
    cleanX[j] = c >= 0 && Math.abs(v) <= commodityTol[c]! ? 0 : v;
  }
  return cleanX;
}
