/**
 * The sizes below which a solution's flows and unmet tonnes are rounding
 * noise, and the columns with that noise set to 0 (see `readResult`; for the
 * duals see result-noise.ts).
 */
import { COLUMN_KIND, type LpBuild } from './lp-layout';
import { ownScaleViolation } from './own-scale-violation';
import { float64 } from './scratch';

/**
 * Relative size (of a demand's volume for its unmet tonnes, of its
 * commodity's for a flow) below which a figure is taken for rounding, where
 * that breaks no row (`figureNoise`): GLPK's answers carry errors of some
 * tens of units in the last place of the figures a row combines (a 1 t
 * demand's unmet came back 1.8e-15 short of 1 in a 35 t commodity,
 * FC_SEED=−2024; 2.3e-13 t "served" of 16 t beside capacities of 70,
 * FC_SEED=777777), and read as figures they make shares that do not add up.
 * Not GLPK's tolerance, which would take a corridor's 0.05 t of a 1e8 t
 * demand, there to meet a minShare, for noise (issue 12).
 */
export const FIGURE_NOISE = 1e-12;
/**
 * Relative size (of a commodity's volume) of the rounding of double
 * arithmetic: a few units in the last place (V − u at 1e9 t is exact to
 * 1.2e-7 t; 1e-15 of it is the spec's 1e-6 t). The level used where
 * FIGURE_NOISE's would break a row: the 1.1e-4 t a 1e9 t demand must be served
 * to keep a corridor's 0.001 t minFlow within its maxShare is 1.1e-13 of it,
 * and was reported 0, the share broken (glpsol differential, FC_SEED=−654321).
 */
export const FIGURE_ROUNDING = 1e-15;

/** The sizes below which the solution's flows and unmet tonnes are rounding noise, and the solution without it. */
export interface FigureNoise {
  /** Per demand: unmet tonnes within it of 0, or of the volume, are 0 or the volume. */
  readonly demandTol: Float64Array;
  /** Per commodity: below it one of its flows is 0. */
  readonly commodityTol: Float64Array;
  /** Below it a sum of several commodities' flows is 0: the least of `commodityTol`. */
  readonly smallestTol: number;
  /** The column values with that noise removed: flows taken for 0, unmet tonnes for 0 or the volume. */
  readonly cleanX: Float64Array;
}

/**
 * FIGURE_NOISE's levels where the solution with that noise taken for 0 still
 * meets every figure at its own scale (`ownScaleViolation`), else
 * FIGURE_ROUNDING's: a figure is noise only when nothing needs it.
 */
export function figureNoise(build: LpBuild, x: Float64Array): FigureNoise {
  const usual = levels(build, FIGURE_NOISE, false);
  const clean = cleanPrimal(build, x, usual);
  if (!clean.changed || ownScaleViolation(build, clean.cleanX) === null) return { ...usual, cleanX: clean.cleanX };
  const tight = levels(build, FIGURE_ROUNDING, true);
  return { ...tight, cleanX: cleanPrimal(build, x, tight).cleanX };
}

type Levels = Omit<FigureNoise, 'cleanX'>;

/** Per demand and commodity, `relative` of its volume; with `byCommodity`, a demand's by its commodity's volume. */
function levels(build: LpBuild, relative: number, byCommodity: boolean): Levels {
  const { layout } = build;
  const commodityTol = float64(layout.numCommodities);
  let smallestTol = Infinity;
  for (let c = 0; c < layout.numCommodities; c++) {
    let volume = 0;
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) volume += layout.demandVolume[layout.commodityDemands[i]!]!;
    commodityTol[c] = relative * volume;
    smallestTol = Math.min(smallestTol, commodityTol[c]!);
  }
  const demandTol = float64(layout.demandVolume.length);
  for (let k = 0; k < demandTol.length; k++) {
    const c = layout.demandCommodity[k]!;
    demandTol[k] = byCommodity && c >= 0 ? commodityTol[c]! : relative * layout.demandVolume[k]!;
  }
  return { demandTol, commodityTol, smallestTol };
}

/** A demand's unmet tonnes `u` with its noise removed: 0 or the volume when within `tol` of them. */
function cleanUnmet(u: number, volume: number, tol: number): number {
  return Math.abs(u) <= tol ? 0 : Math.abs(volume - u) <= tol ? volume : u;
}

/** `x` as it is read at `noise`'s levels (flows, and unmet tonnes), and whether that changes any value. */
function cleanPrimal(build: LpBuild, x: Float64Array, noise: Levels): { cleanX: Float64Array; changed: boolean } {
  const { lp, layout } = build;
  // Locals, not property reads per column: this runs once a solve, mostly before V8 optimizes it.
  const { columnCommodity, columnKind, columnItem, demandVolume } = layout;
  const { commodityTol, demandTol } = noise;
  const cleanX = float64(lp.numCols);
  cleanX.set(x.subarray(0, lp.numCols));
  let changed = false;
  for (let j = 0; j < lp.numCols; j++) {
    const c = columnCommodity[j]!;
    if (c < 0) continue;
    const v = cleanX[j]!;
    const kind = columnKind[j]!;
    if (kind === COLUMN_KIND.flow) {
      if (v !== 0 && Math.abs(v) <= commodityTol[c]!) {
        cleanX[j] = 0;
        changed = true;
      }
    } else if (kind === COLUMN_KIND.unmet) {
      const k = columnItem[j]!;
      const clean = cleanUnmet(v, demandVolume[k]!, demandTol[k]!);
      if (clean !== v) {
        cleanX[j] = clean;
        changed = true;
      }
    }
  }
  return { cleanX, changed };
}
