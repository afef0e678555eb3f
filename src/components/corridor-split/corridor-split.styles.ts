import { css } from 'lit';

export const corridorSplitStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    transition: opacity 150ms ease-out;
  }

  :host([stale]) .base {
    opacity: 0.55;
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
    gap: var(--_space);
    margin: 0;
  }

  .figure {
    margin: 0;
    min-height: 4.9rem;
  }

  .figure dt {
    color: var(--_muted);
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .figure dd {
    margin: 0.1rem 0 0;
    font-size: 1.125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    /* Wraps between words only when it must: '2,61 млрд долл. США/год' is wider than a column. */
    overflow-wrap: break-word;
  }

  .figure .note {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--_muted);
    white-space: normal;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .figure.unmet dd {
    color: var(--_danger);
  }

  .figure.unmet.none dd {
    color: var(--_text);
  }

  .bar {
    display: flex;
    height: 2.25rem;
    border-radius: calc(var(--_radius) - 2px);
    overflow: hidden;
    background: var(--_subtle);
  }

  .segment {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 0;
    overflow: hidden;
    color: #fff;
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
    text-shadow: 0 0 2px rgb(0 0 0 / 45%);
    transition: flex-basis 200ms ease-out;
  }

  .segment + .segment {
    border-left: 2px solid var(--_surface);
  }

  .segment.unmet {
    background-image: repeating-linear-gradient(
      135deg,
      rgb(255 255 255 / 28%) 0 4px,
      transparent 4px 9px
    );
  }

  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 2.25rem;
    padding: 0 var(--_space);
    border: 1px dashed var(--_line);
    border-radius: calc(var(--_radius) - 2px);
    color: var(--_muted);
    text-align: center;
  }

  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_line);
    text-align: left;
    font-weight: 400;
  }

  th.num,
  td.num {
    text-align: right;
  }

  tbody th {
    font-weight: 500;
  }

  tfoot th,
  tfoot td {
    border-bottom: none;
    font-weight: 600;
  }

  tr.unmet.some th,
  tr.unmet.some td {
    color: var(--_danger);
  }

  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin-right: 0.5rem;
    border-radius: 2px;
    vertical-align: -0.1rem;
  }

  .closed {
    color: var(--_muted);
    font-size: 0.75rem;
    margin-left: 0.25rem;
  }

  /* The change against the pinned base: the accent's colour, so it reads as a comparison, not a figure of its own. */
  .figure.delta dd {
    color: var(--_accent);
    white-space: normal;
    font-size: 1rem;
  }

  td.change,
  th.change {
    color: var(--_accent);
  }

  td.change {
    white-space: nowrap;
  }

  .table-box {
    overflow-x: auto;
  }
`;
