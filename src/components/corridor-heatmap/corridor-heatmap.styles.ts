import { css } from 'lit';

export const corridorHeatmapStyles = css`
  .cell rect.fill {
    stroke: var(--_surface);
    stroke-width: 1;
  }

  .cell rect.not-optimal {
    fill: var(--_subtle);
    stroke: var(--_danger);
    stroke-dasharray: 3 2;
  }

  .cell text {
    fill: var(--_text);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }

  /* On a cell filled more than half: the fill is dark enough for white. */
  .cell text.on-fill {
    fill: #fff;
  }

  .cell:focus {
    outline: none;
  }

  .cell .focus-ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2.5;
  }

  .cell:focus-visible .focus-ring,
  .cell.active .focus-ring {
    stroke: var(--_text);
  }

  .legend-bar {
    stroke: var(--_line);
  }

  .heat-legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-size: 0.8125rem;
  }

  label {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    max-width: 100%;
    min-width: 0;
    font-size: 0.8125rem;
  }

  /* A long corridor name must not push the page sideways on a phone. */
  label select {
    min-width: 0;
    max-width: 100%;
    text-overflow: ellipsis;
  }

  /* The legend's scale shrinks with a narrow box instead of overflowing it. */
  .heat-legend svg {
    max-width: 100%;
    height: auto;
  }
`;
