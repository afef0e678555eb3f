import { css } from 'lit';

export const corridorMapStyles = css`
  :host {
    --_land: var(--corridor-map-land, #f4f2ec);
    --_water: var(--corridor-map-water, #e3edf4);
    --_border: var(--corridor-map-border, #c9c3b4);
    --_binding: var(--corridor-map-binding, var(--_danger));
    --_ink: #26313c;
  }

  .base {
    margin: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }

  .frame {
    position: relative;
    overflow: hidden;
    /* The view's inverse zoom, set with the viewBox: symbols and labels keep their size on screen. */
    --_inv: 1;
    /* A vertical swipe scrolls the page until the map is zoomed in; a pinch is ours. */
    touch-action: pan-y;
  }

  .frame.zoomed {
    touch-action: none;
    cursor: grab;
  }

  .frame.zoomed:active {
    cursor: grabbing;
  }

  .empty-state {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 280px;
    color: var(--_muted);
    background: var(--_subtle);
  }

  /*
   * The map is a stack of SVGs of one size and viewBox (backdrop, link and node chunks, labels on
   * top): each is a paint layer of its own, contained, so redrawing a chunk repaints only its layer.
   * The layers let the pointer through to the items; the frame handles the gestures.
   */
  .layer {
    position: absolute;
    top: 0;
    left: 0;
    display: block;
    contain: strict;
    pointer-events: none;
  }

  .layer.backdrop {
    z-index: 0;
  }

  .layer.links,
  .layer.nodes {
    z-index: 1;
  }

  .layer.top {
    z-index: 2;
    outline: none;
  }

  .link,
  .node {
    pointer-events: visiblePainted;
  }

  svg[part='map']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  /*
   * Symbols, arrows and labels are drawn in map coordinates and, zoomed in, scaled back by the zoom
   * about their point: the centre of their box (.centred: node symbols, markers) or the
   * transform-origin set on them (arrows, labels). Only when zoomed: a transform on each of thousands
   * of elements at the whole-map view would cost every frame for nothing.
   */
  .frame.zoomed .zs {
    transform: scale(var(--_inv));
  }

  .centred {
    transform-box: fill-box;
    transform-origin: center;
  }

  .countries path,
  .link .hit,
  .link .line,
  .link .change {
    vector-effect: non-scaling-stroke;
  }

  /* Against a pinned base: a halo under the line, green where freight grew, orange where it shrank. */
  .link .change {
    stroke-linecap: round;
    stroke-opacity: 0.55;
  }

  .link .change.gained {
    stroke: var(--corridor-map-gain, #1a7f37);
  }

  .link .change.lost {
    stroke: var(--corridor-map-loss, #c2410c);
  }

  /* One demand traced: its links keep their colour with an accent edge, the rest fade back. */
  .tracing .link:not(.on-route) {
    opacity: 0.18;
  }

  .tracing .link.on-route .hit {
    stroke-opacity: 0.5;
  }

  .zoom {
    position: absolute;
    z-index: 3;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    box-shadow: 0 1px 3px rgb(0 0 0 / 12%);
    overflow: hidden;
  }

  .zoom button {
    width: 28px;
    height: 28px;
    padding: 0;
    border: none;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 16px;
    line-height: 1;
    cursor: pointer;
  }

  .zoom button + button {
    border-top: 1px solid var(--_line);
  }

  /* A region's button carries its name: as wide as the name, small type. */
  .zoom button.zoom-region {
    width: auto;
    min-width: 28px;
    padding: 0 0.35rem;
    font-size: 11px;
  }

  .zoom button:hover {
    background: var(--_subtle);
  }

  .zoom button[aria-disabled='true'] {
    color: var(--_muted);
    opacity: 0.5;
    cursor: default;
  }

  .zoom button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  .water {
    fill: var(--_water);
  }

  .countries path {
    fill: var(--_land);
    fill-rule: evenodd;
    stroke: var(--_border);
    stroke-width: 0.7px;
    stroke-linejoin: round;
  }

  .link {
    cursor: pointer;
    outline: none;
  }

  .link path {
    fill: none;
  }

  .link .hit {
    stroke: var(--_accent);
    stroke-opacity: 0;
    stroke-linecap: round;
  }

  .link:hover .hit {
    stroke-opacity: 0.18;
  }

  .link.selected .hit,
  .link:focus-visible .hit {
    stroke-opacity: 0.45;
  }

  .link .line {
    stroke-linecap: round;
  }

  .link.closed .line {
    stroke-dasharray: 4 3;
    opacity: 0.7;
  }

  .link .arrow {
    fill: none;
    stroke-width: 1.6px;
    stroke-linecap: round;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .binding {
    fill: var(--_binding);
    stroke: #fff;
    stroke-width: 1.5px;
    pointer-events: none;
  }

  .node {
    cursor: pointer;
    outline: none;
  }

  .node .hit {
    fill: var(--_accent);
    fill-opacity: 0;
  }

  .node:hover .hit {
    fill-opacity: 0.18;
  }

  .node.selected .hit,
  .node:focus-visible .hit {
    fill-opacity: 0.25;
    stroke: var(--_accent);
    stroke-width: 2.5px;
  }

  .node .symbol,
  .key .symbol {
    fill: #fff;
    stroke: var(--_ink);
    stroke-width: 1.6px;
  }

  .node .inner,
  .key .inner {
    fill: var(--_ink);
  }

  .node .filled,
  .key .filled {
    fill: var(--_ink);
  }

  .node .binding-ring {
    fill: none;
    stroke: var(--_binding);
    stroke-width: 2.5px;
  }

  .node.closed {
    opacity: 0.45;
  }

  .node.closed .symbol {
    stroke-dasharray: 2 2;
  }

  .labels text {
    font-family: var(--_font);
    font-size: 11px;
    font-weight: 500;
    fill: var(--_ink);
    stroke: rgb(255 255 255 / 85%);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }

  .flow-labels text {
    font-family: var(--_font);
    font-size: 10.5px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    fill: var(--_muted);
    stroke: rgb(255 255 255 / 85%);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }

  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: 20rem;
    padding: 0.5rem 0.625rem;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    background: rgb(28 36 48 / 94%);
    color: #fff;
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
    font-size: 0.8125rem;
    line-height: 1.35;
    pointer-events: none;
  }

  .tooltip[hidden] {
    display: none;
  }

  .tooltip strong {
    font-weight: 600;
    margin-bottom: 0.125rem;
  }

  .note {
    position: absolute;
    z-index: 3;
    left: 0.5rem;
    bottom: 0.5rem;
    margin: 0;
    padding: 0.25rem 0.5rem;
    background: rgb(255 255 255 / 90%);
    border-radius: 4px;
    color: var(--_muted);
    font-size: 0.75rem;
  }

  .legend {
    padding: 0.5rem var(--_space);
    border-top: 1px solid var(--_line);
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .legend .key {
    flex: none;
    overflow: visible;
  }

  .legend line {
    stroke-linecap: round;
  }

  .ramp {
    display: inline-block;
    width: 48px;
    height: 8px;
    border-radius: 2px;
    background: linear-gradient(
      to right,
      color-mix(in srgb, var(--corridor-map-link-color, #35424f) 40%, white),
      var(--corridor-map-link-color, #35424f)
    );
  }
`;
