import { css } from 'lit';

/** The map's frame and its stacked SVG layers, the inverse zoom that keeps symbols their size, and the emphasis of a pinned base or a traced demand. */
export const mapFrameStyles = css`
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

  /* Merged paths drawn whole: the view is a transform of the layer (map-view.ts, viewTransform). */
  .layer.whole {
    transform-origin: 0 0;
  }

  .layer.backdrop {
    z-index: 0;
  }

  .layer.links,
  .layer.nodes {
    z-index: 1;
  }

  /* Labels of a large network, drawn whole (map-frame.ts): under the top SVG, which is empty then but for its focus ring. */
  .layer.words,
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
`;
