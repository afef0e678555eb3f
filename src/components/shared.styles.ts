import { css } from 'lit';

/**
 * Tokens every component reads. A page themes all of them at once by setting
 * the public custom properties on an ancestor; the private `--_…` names hold
 * the resolved value with its default, so the default is written only here.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    --_font: var(--corridor-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_accent: var(--corridor-accent, #1f62a8);
    --_space: var(--corridor-spacing, 0.75rem);
    --_text: var(--corridor-text-color, #1c2430);
    --_muted: var(--corridor-muted-color, #5b6673);
    --_line: var(--corridor-line-color, #d9dee4);
    --_surface: var(--corridor-surface-color, #ffffff);
    --_subtle: var(--corridor-subtle-color, #f4f6f8);
    --_radius: var(--corridor-radius, 6px);
    --_danger: var(--corridor-danger-color, #b3261e);
    font-family: var(--_font);
    color: var(--_text);
    font-size: 0.875rem;
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .empty {
    color: var(--_muted);
  }
`;

/**
 * The look of a data table (the split's table, every chart's data table):
 * full width, tabular figures, a small muted caption and header. Cell
 * padding and wrapping stay with each component.
 */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: left;
    color: var(--_muted);
    font-size: 0.75rem;
    padding-bottom: 0.25rem;
  }

  thead th {
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
  }
`;
