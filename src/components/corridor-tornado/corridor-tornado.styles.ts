import { css } from 'lit';

export const corridorTornadoStyles = css`
  :host {
    --_low: var(--corridor-tornado-low-color, #2f7f8f);
    --_high: var(--corridor-tornado-high-color, #b2531a);
  }

  .bar.low {
    fill: var(--_low);
  }

  .bar.high {
    fill: var(--_high);
  }

  .bar.infeasible {
    fill: url(#tornado-hatch);
    stroke: var(--_danger);
  }

  .swatch.low {
    background: var(--_low);
  }

  .swatch.high {
    background: var(--_high);
  }

  label {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-size: 0.8125rem;
  }
`;
