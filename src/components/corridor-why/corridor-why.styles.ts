import { css } from 'lit';

export const corridorWhyStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  h3 {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }

  .hint,
  .empty {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  /* A wide table scrolls in its own box: the page never scrolls sideways on a phone. */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }

  table {
    font-size: 0.8125rem;
  }

  th,
  td {
    padding: 0.3rem 0.45rem;
    border-bottom: 1px solid var(--_line);
    text-align: left;
    vertical-align: top;
    font-weight: 400;
  }

  th.num,
  td.num {
    text-align: right;
    white-space: nowrap;
  }

  thead th {
    white-space: nowrap;
  }

  td.strong {
    font-weight: 600;
  }

  td.share.none {
    color: var(--_muted);
  }

  .tonnes {
    display: block;
    color: var(--_muted);
    font-size: 0.75rem;
  }

  td.next {
    min-width: 8rem;
  }

  .swatch {
    display: inline-block;
    width: 0.625rem;
    height: 0.625rem;
    margin-right: 0.3rem;
    border-radius: 2px;
  }

  .pick {
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: left;
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
    cursor: pointer;
    min-width: 9rem;
  }

  tr.selected th,
  tr.selected td {
    background: var(--corridor-highlight-color, color-mix(in srgb, var(--_accent) 10%, transparent));
  }

  tr.selected .pick {
    font-weight: 600;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.8125rem;
  }

  .pager .range {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .turn {
    font: inherit;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  .turn:hover:not([aria-disabled='true']) {
    background: var(--_subtle);
  }

  .turn:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  /* Still focusable (aria-disabled): a keyboard user at the last page keeps the focus where it was. */
  .turn[aria-disabled='true'] {
    color: var(--_muted);
    opacity: 0.55;
    cursor: default;
  }

  .selected-demand p {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
  }
`;
