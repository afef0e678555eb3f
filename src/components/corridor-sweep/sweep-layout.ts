import { axisUnit, linearScale, niceTicks, type AxisUnit } from './chart-scale';
import { chartWidth } from './chart-width';
import type { SweepRow, SweepView } from './sweep-view';

export const MARGIN = { left: 64, right: 20, top: 14, bottom: 44 } as const;
export const SHARE_HEIGHT = 210;
export const LINE_HEIGHT = 110;
const PANEL_GAP = 30;

/** Where the sweep chart's panels and axes go, px. */
export interface SweepLayout {
  readonly width: number;
  readonly x: (value: number) => number;
  readonly xTicks: readonly number[];
  readonly xStep: number;
  readonly xAxis: AxisUnit;
  /** Top of each panel. */
  readonly shareTop: number;
  readonly objectiveTop: number;
  readonly marginalTop: number | null;
  /** Bottom of the lowest panel, where the x axis is. */
  readonly bottom: number;
  readonly height: number;
}

/** The layout of `view` (at least one point) in a box `boxWidth` px wide. */
export function sweepLayout(boxWidth: number, view: SweepView): SweepLayout {
  // 280 px: a phone's width less the app's frames (390 − 2 × 16 − padding) still draws the whole chart.
  const width = chartWidth(boxWidth, 280, 720);
  const values = view.rows.map((r) => r.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const xAxis = axisUnit(view.meta.unit, Math.max(Math.abs(min), Math.abs(max)));
  const { ticks } = niceTicks(min, max, Math.max(3, Math.floor((width - MARGIN.left - MARGIN.right) / 90)));
  const eps = (max - min) * 1e-9;
  const xTicks = min === max ? [min] : ticks.filter((t) => t >= min - eps && t <= max + eps);
  const xStep = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const x = linearScale(min === max ? [min - 1, max + 1] : [min, max], [MARGIN.left, width - MARGIN.right]);
  const shareTop = MARGIN.top;
  const objectiveTop = shareTop + SHARE_HEIGHT + PANEL_GAP;
  const hasMarginal = view.rows.some((r) => r.marginal !== null);
  const marginalTop = hasMarginal ? objectiveTop + LINE_HEIGHT + PANEL_GAP : null;
  const bottom = (marginalTop ?? objectiveTop) + LINE_HEIGHT;
  const height = bottom + MARGIN.bottom;
  return { width, x, xTicks, xStep, xAxis, shareTop, objectiveTop, marginalTop, bottom, height };
}

/** The x-extent point `i` owns: half-way to each neighbour. */
export function cellBounds(l: SweepLayout, rows: readonly SweepRow[], i: number): [number, number] {
  const x = l.x(rows[i]!.value);
  const prev = i > 0 ? l.x(rows[i - 1]!.value) : null;
  const next = i < rows.length - 1 ? l.x(rows[i + 1]!.value) : null;
  const half = prev === null && next === null ? 12 : Math.min(...[prev, next].filter((v): v is number => v !== null).map((v) => Math.abs(x - v))) / 2;
  return [prev === null ? x - Math.min(half, 12) : (prev + x) / 2, next === null ? x + Math.min(half, 12) : (x + next) / 2];
}
