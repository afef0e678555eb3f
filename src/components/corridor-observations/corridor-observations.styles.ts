import { css } from 'lit';

export const corridorObservationsStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  h3 {
    margin: 0;
    font-size: 0.9375rem;
  }

  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_line);
    vertical-align: baseline;
  }

  thead th:first-child {
    text-align: left;
  }

  tbody th {
    text-align: left;
    font-weight: 500;
  }

  td.off {
    color: var(--_danger);
    font-weight: 600;
  }

  .source {
    color: var(--_muted);
    font-size: 0.75rem;
  }

  .bars {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) 1fr;
    gap: 0.375rem 0.75rem;
    align-items: center;
    margin: 0;
  }

  .bars dt {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .bars dd {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }

  .bar-line {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .bar {
    height: 0.625rem;
    border-radius: 2px;
    min-width: 1px;
    flex: none;
  }

  .bar.observed {
    background: var(--corridor-observed-color, #3d4a5c);
  }

  .bar.model {
    background: var(--corridor-model-color, var(--_accent));
  }

  .bar.after {
    background: var(--corridor-observations-after-color, #1d7a5a);
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

  .legend .bar {
    width: 0.75rem;
    height: 0.75rem;
  }

  .fit {
    margin: 0;
    color: var(--_muted);
  }
`;
