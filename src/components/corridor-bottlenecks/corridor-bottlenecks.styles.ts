import { css } from 'lit';

export const corridorBottlenecksStyles = css`
  :host {
    /* Rows lay out by the list's own width (a phone, a side column), not the window's. */
    container-type: inline-size;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .base > .empty {
    margin: 0;
  }

  h3 {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }

  .hint,
  .section > .empty {
    margin: 0.125rem 0 0.375rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .row {
    display: grid;
    grid-template-columns: 4.75rem 1fr auto;
    align-items: center;
    gap: 0.75rem;
    width: 100%;
    padding: 0.4rem 0.5rem;
    border: none;
    border-bottom: 1px solid var(--_line);
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }

  li:last-child .row {
    border-bottom: none;
  }

  .row:hover {
    background: var(--_subtle);
  }

  .row:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    border-radius: 3px;
  }

  .kind {
    justify-self: start;
    padding: 0.0625rem 0.375rem;
    border-radius: 999px;
    background: var(--_subtle);
    border: 1px solid var(--_line);
    color: var(--_muted);
    font-size: 0.6875rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }

  .what {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }

  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .detail {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  /* How far the marginal value holds: its own line, so the sentence above stays short. */
  .range {
    display: block;
    font-size: 0.8125rem;
  }

  .range.pending {
    color: var(--_muted);
    font-style: italic;
  }

  .value {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.2rem;
    min-width: 6.5rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .bar {
    display: block;
    width: 6rem;
    height: 4px;
    border-radius: 2px;
    background: var(--_subtle);
  }

  .bar > span {
    display: block;
    height: 100%;
    border-radius: 2px;
    background: var(--_accent);
  }

  .unmet .value {
    color: var(--corridor-color-unmet, var(--_danger));
  }

  .diagnosis {
    margin: 0.25rem 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_danger);
    background: var(--_subtle);
    font-size: 0.8125rem;
  }

  .more {
    margin-top: 0.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
  }

  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  /* Narrow: the kind goes above the name, which gets the width. */
  @container (max-width: 30rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) auto;
      row-gap: 0.25rem;
    }

    .kind {
      grid-column: 1 / -1;
    }

    .value {
      min-width: 0;
    }

    .bar {
      width: 4.5rem;
    }
  }

  /* A cost fitted by calibration, not a tariff. */
  .calibrated-mark {
    display: inline-block;
    padding: 0 0.3rem;
    border: 1px solid var(--corridor-calibrated-color, #8a6d00);
    border-radius: 999px;
    color: var(--corridor-calibrated-color, #8a6d00);
    font-size: 0.6875rem;
    font-weight: 400;
    line-height: 1.4;
    white-space: nowrap;
  }

  /* What a click on a binding row does: open its capacity (or bound) in the editor, as a lever. */
  .lever {
    display: block;
    margin-top: 0.15rem;
    color: var(--_accent);
    font-size: 0.75rem;
    font-weight: 600;
  }

  .lever::after {
    content: ' →';
  }
`;
