/**
 * How a link's line looks, as plain numbers and strings: shared by the
 * elements drawn item by item and the merged drawing's chunk, and so free of
 * imports (a module with side effects shared with a chunk is split into a
 * file of its own that every page loads).
 */

const MIN_WIDTH = 1.25;
const MAX_WIDTH = 12;

/** A link's line width on screen, px: by its share of the largest flow; idle links are thinnest. */
export function lineWidth(flow: number, maxFlow: number): number {
  return flow > 1e-9 && maxFlow > 0 ? MIN_WIDTH + 0.75 + (MAX_WIDTH - MIN_WIDTH - 0.75) * (flow / maxFlow) : MIN_WIDTH;
}

/** Colour of links that are no corridor's gate. */
export const NEUTRAL_LINK = 'var(--corridor-map-link-color, #35424f)';

/** Utilisation at or above this counts as binding (the solver's flows carry rounding). */
export const BINDING_UTILISATION = 0.999;

export function isBinding(utilisation: number | null | undefined, marginalValue: number | undefined): boolean {
  return (utilisation ?? 0) >= BINDING_UTILISATION || (marginalValue ?? 0) > 1e-9;
}
