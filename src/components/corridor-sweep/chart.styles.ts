import { css } from 'lit';
import { tableStyles } from '../shared.styles';

/**
 * What every analysis chart shares: the frame, headings, the legend, axes,
 * the focus ring on data points, the tooltip and the data-table toggle
 * (the table's own look is `tableStyles`, shared with the split).
 */
export const chartStyles = css`
  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  h3 {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }

  .subtitle {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  /* A select in a chart's header (the corridor or measure shown) shrinks with a phone's width, its long names cut. */
  header > * {
    min-width: 0;
    max-width: 100%;
  }

  header label {
    max-width: 100%;
    min-width: 0;
  }

  header select {
    min-width: 0;
    max-width: 100%;
    text-overflow: ellipsis;
  }

  .actions {
    display: flex;
    gap: 0.375rem;
    align-items: center;
  }

  button,
  select {
    font: inherit;
    font-size: 0.8125rem;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button.more {
    align-self: flex-start;
  }

  button:hover {
    background: var(--_subtle);
  }

  button:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 2px;
    flex: none;
  }

  .chart {
    position: relative;
  }

  /*
   * On a phone a chart drawn at its minimum width would push the page sideways: it scrolls in its own box
   * instead (the page never does). Only there, since a scrolling box would clip the tooltip's overhang.
   */
  @media (max-width: 600px) {
    .chart {
      overflow-x: auto;
      max-width: 100%;
    }
  }

  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
  }

  .axis text,
  .tick-label {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }

  .axis-title {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 500;
  }

  .grid line {
    stroke: var(--_line);
    stroke-width: 1;
  }

  .domain {
    stroke: var(--_muted);
    stroke-width: 1;
  }

  .point:focus {
    outline: none;
  }

  .point:focus-visible .focus-ring,
  .point.active .focus-ring {
    stroke: var(--_accent);
    stroke-width: 2;
  }

  /* Row charts (tornado, uncertainty): one focusable row per item, its name left of the plot. */
  .row-label {
    fill: var(--_text);
    font-size: 12px;
  }

  .row:focus {
    outline: none;
  }

  .row .focus-ring {
    fill: transparent;
    stroke: transparent;
    stroke-width: 2;
  }

  .row:focus-visible .focus-ring,
  .row.active .focus-ring {
    stroke: var(--_accent);
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    min-width: 12rem;
    max-width: 20rem;
    padding: 0.5rem 0.625rem;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 12%);
    font-size: 0.8125rem;
    pointer-events: none;
  }

  .tooltip strong {
    display: block;
    margin-bottom: 0.25rem;
  }

  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.125rem 0.75rem;
    margin: 0;
  }

  .tooltip dt {
    color: var(--_muted);
  }

  .tooltip dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  details {
    font-size: 0.8125rem;
  }

  summary {
    cursor: pointer;
    color: var(--_accent);
    width: max-content;
  }

  .table-wrap {
    /* Holds the visually hidden header texts (position: absolute) inside the scrolling box, not past the page's edge. */
    position: relative;
    overflow-x: auto;
    margin-top: 0.375rem;
  }

  ${tableStyles}

  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_line);
    text-align: left;
    font-weight: 400;
    white-space: nowrap;
  }

  thead th {
    vertical-align: bottom;
  }

  .empty-state {
    margin: 0;
    padding: calc(var(--_space) * 2) var(--_space);
    border: 1px dashed var(--_line);
    border-radius: calc(var(--_radius) - 2px);
    color: var(--_muted);
    text-align: center;
  }

  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  /* Bar charts (tornado, resilience): a value printed beside its bar, and the zero line. */
  .value-label {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }

  .zero {
    stroke: var(--_text);
    stroke-width: 1;
  }
`;
