import { css } from 'lit';

export const corridorStatusStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-height: 1.75rem;
    padding: 0.25rem 0.625rem;
    border-radius: var(--_radius);
    border: 1px solid transparent;
  }

  .line {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 500;
  }

  .dot {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: var(--_muted);
  }

  .solved .dot {
    background: var(--corridor-status-ok-color, #2e7d4f);
  }

  .solving .dot {
    background: transparent;
    border: 2px solid var(--_accent);
    border-right-color: transparent;
    animation: spin 0.8s linear infinite;
  }

  .infeasible,
  .error {
    border-color: color-mix(in srgb, var(--_danger) 35%, transparent);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
  }

  .infeasible .dot,
  .error .dot {
    background: var(--_danger);
  }

  .infeasible .line,
  .error .line {
    color: var(--_danger);
  }

  .progress {
    font-weight: 400;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .cancel {
    margin-left: auto;
    font: inherit;
    font-size: 0.8125rem;
    padding: 0.125rem 0.625rem;
  }

  ul {
    margin: 0;
    padding-left: 1.625rem;
    font-size: 0.8125rem;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .solving .dot {
      animation: none;
    }
  }
`;
