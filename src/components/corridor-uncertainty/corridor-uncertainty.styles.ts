import { css } from 'lit';

export const corridorUncertaintyStyles = css`
  .range {
    stroke-width: 1.5;
  }

  .band {
    fill-opacity: 0.35;
    stroke-width: 1.5;
  }

  .median {
    stroke: var(--_text);
    stroke-width: 3;
  }

  .tick-label.column-title {
    font-weight: 600;
  }

  .histogram {
    margin: 0;
  }

  .prob {
    fill: var(--_text);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }

  .bin {
    fill: var(--corridor-uncertainty-bin-color, #8a94a3);
  }

  .quantile-rule {
    stroke: var(--_text);
    stroke-dasharray: 4 3;
  }

  .quantile-rule.median-rule {
    stroke-dasharray: none;
    stroke-width: 2;
  }

  .quantile-label {
    fill: var(--_text);
    font-size: 11px;
  }

  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .key svg {
    display: inline-block;
  }
`;
