import { css } from 'lit';

export const corridorCompareStyles = css`
  :host {
    --_worse: var(--corridor-compare-worse-color, var(--corridor-compare-up-color, #8c2f39));
    --_better: var(--corridor-compare-better-color, var(--corridor-compare-down-color, #1d7a5a));
    --_neutral: var(--corridor-compare-neutral-color, inherit);
  }

  tbody th[scope='row'] {
    white-space: normal;
    min-width: 10rem;
  }

  tr.differs th[scope='row'] {
    font-weight: 600;
  }

  tr.same td,
  tr.same th {
    color: var(--_muted);
  }

  td.diff.worse {
    color: var(--_worse);
    font-weight: 600;
  }

  td.diff.better {
    color: var(--_better);
    font-weight: 600;
  }

  td.diff.neutral.up,
  td.diff.neutral.down {
    color: var(--_neutral);
    font-weight: 600;
  }

  th.group {
    border-left: 1px solid var(--_line);
  }

  td.diff,
  th.diff {
    background: var(--_subtle);
  }

  .section-row th {
    padding-top: 0.75rem;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    border-bottom: 1px solid var(--_line);
  }

  .bottlenecks {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }

  .bottlenecks h4 {
    margin: 0 0 0.25rem;
    font-size: 0.8125rem;
  }

  .bottlenecks ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .added {
    color: var(--_worse);
  }

  .removed {
    color: var(--_better);
  }

  .status-bad {
    color: var(--_danger);
    font-weight: 600;
  }

  .segment-label {
    fill: #ffffff;
    font-size: 11px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .no-answer {
    fill: var(--_danger);
    font-size: 12px;
  }
`;
