import { svg, type SVGTemplateResult } from 'lit';
import type { MergedPath } from './map-merged-paths';

export { MergedView } from './map-merged-view';
export { mergedLinkPaths, mergedNodePaths, type MergedPath } from './map-merged-paths';

/**
 * Merged paths as SVG: a new result rewrites the geometry of the paths that changed.
 * `styleProps` is handed in rather than imported: style-props has side effects, and a module with side effects
 * shared with a chunk is split into a file of its own that every page loads.
 */
export function renderMergedPaths(paths: readonly MergedPath[], styleProps: typeof import('../style-props').styleProps): SVGTemplateResult {
  // By position, not `repeat` by look: lit's directives imported here would be split out of the entry.
  return svg`<g class="merged" aria-hidden="true">${paths.map(
    // The width in map units, scaled back by the zoom (--_inv, set on the frame once a gesture settles): a
    // non-scaling stroke made every move of the view lay out each path's stroke anew (0.3 s a pan here).
    (p) => svg`<path class=${p.className} d=${p.d} style=${styleProps({ stroke: p.stroke === '' ? null : p.stroke, 'stroke-width': `calc(${p.width}px * var(--_inv))` })}></path>`,
  )}</g>`;
}
