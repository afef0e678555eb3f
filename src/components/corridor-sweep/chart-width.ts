/** What the chart frame takes from the host's width: padding and border on both sides, px. */
const FRAME_PX = 2 * 14;

/**
 * The width to draw a chart's SVG at: the host's measured width less the
 * frame, never below `min` (narrower hosts scroll); `fallback` until the host
 * has been measured (`hostWidth` 0, e.g. from a `WidthController`).
 */
export function chartWidth(hostWidth: number, min: number, fallback: number): number {
  return Math.max(min, hostWidth > 0 ? hostWidth - FRAME_PX : fallback);
}
