import { css } from 'lit';

export const corridorSweepStyles = css`
  :host {
    --_regime: var(--corridor-regime-color, #7a5195);
  }

  .progress-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }

  .progress {
    flex: 1;
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_subtle);
    border: 1px solid var(--_line);
    overflow: hidden;
  }

  .progress-fill {
    height: 100%;
    background: var(--_accent);
    transition: width 150ms ease-out;
  }

  .progress-text {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .area {
    stroke: var(--_surface);
    stroke-width: 0.75;
  }

  .not-optimal {
    fill: var(--_subtle);
    stroke: var(--_danger);
    stroke-dasharray: 3 3;
    stroke-width: 1;
  }

  .line {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linejoin: round;
  }

  .line.marginal {
    stroke: var(--_accent);
  }

  .marker {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .marker.marginal {
    stroke: var(--_accent);
  }

  .panel-title {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 500;
  }

  .regime line {
    stroke: var(--_regime);
    stroke-width: 1.25;
    stroke-dasharray: 5 4;
  }

  .regime circle {
    fill: var(--_regime);
  }

  .regime text {
    fill: #fff;
    font-size: 10px;
    font-weight: 700;
  }

  .regime-swatch {
    background: var(--_regime);
    width: 0.2rem;
  }

  .infeasible-swatch {
    background: var(--_subtle);
    border: 1px dashed var(--_danger);
  }

  .hit {
    fill: transparent;
  }

  .focus-ring {
    stroke: transparent;
    stroke-width: 2;
  }

  .regime-list {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }

  .regime-list li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }

  .regime-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    border-radius: 50%;
    background: var(--_regime);
    color: #fff;
    font-size: 0.6875rem;
    font-weight: 700;
  }
`;
