import { css } from 'lit';

/** What the layers draw: water and countries, links, nodes and their symbols, names and flow figures. */
export const mapLayerStyles = css`
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

  /* A large network as merged paths (map-merged-drawing.ts): strokes keep their width on screen at any zoom (through --_inv). */
  .merged path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .merged .square {
    stroke-linecap: square;
  }

  .merged .merged-line.closed {
    stroke-dasharray: calc(4px * var(--_inv)) calc(3px * var(--_inv));
    opacity: 0.7;
  }

  .merged .merged-dot.closed {
    opacity: 0.45;
  }

  .merged .merged-change {
    stroke-opacity: 0.55;
  }

  .merged .merged-change.gained {
    stroke: var(--corridor-map-gain, #1a7f37);
  }

  .merged .merged-change.lost {
    stroke: var(--corridor-map-loss, #c2410c);
  }

  .merged .faded {
    opacity: 0.18;
  }
`;
