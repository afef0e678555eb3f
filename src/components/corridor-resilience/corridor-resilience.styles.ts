import { css } from 'lit';

export const corridorResilienceStyles = css`
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }

  .figures dt {
    color: var(--_muted);
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .figures dd {
    margin: 0.1rem 0 0;
    font-size: 1.0625rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .figures .note {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
  }

  tr.closure:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  tr.most-damaging {
    background: color-mix(in srgb, var(--_danger) 8%, transparent);
  }

  tr.most-damaging th {
    font-weight: 600;
  }

  .badge {
    display: inline-block;
    margin-left: 0.5rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_danger);
    color: #fff;
    font-size: 0.6875rem;
    font-weight: 600;
    vertical-align: 0.05rem;
  }

  tbody th[scope='row'] {
    white-space: normal;
  }

  .route {
    display: block;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 400;
  }

  .kind {
    color: var(--_muted);
    font-size: 0.75rem;
    margin-right: 0.375rem;
    text-transform: uppercase;
  }

  .bar-cell {
    width: 32%;
    min-width: 8rem;
  }

  .bar-track {
    position: relative;
    height: 0.75rem;
    background: var(--_subtle);
    border-radius: 2px;
  }

  .bar-fill {
    position: absolute;
    inset: 0 auto 0 0;
    background: var(--corridor-resilience-bar-color, #8c2f39);
    border-radius: 2px;
  }

  .bar-fill.infeasible {
    width: 100%;
    background: repeating-linear-gradient(135deg, var(--_danger) 0 4px, #fbe9e7 4px 8px);
  }

  .shortfall {
    color: var(--_danger);
    font-weight: 600;
  }

  .damage-bar {
    fill: var(--corridor-resilience-bar-color, #8c2f39);
  }

  .damage-bar.lost-load {
    fill: var(--corridor-resilience-lost-load-color, #d9822b);
  }

  .no-answer {
    fill: var(--_danger);
    font-size: 12px;
  }
`;
