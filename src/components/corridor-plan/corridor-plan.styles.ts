import { css } from 'lit';

export const corridorPlanStyles = css`
  .bar:focus {
    outline: none;
  }

  .bar .focus-ring {
    fill: transparent;
    stroke: transparent;
    stroke-width: 2;
  }

  .bar:focus-visible .focus-ring {
    stroke: var(--_accent);
  }

  .bar.selected .focus-ring {
    fill: var(--corridor-plan-selected-color, rgb(31 98 168 / 8%));
    stroke: var(--_accent);
    stroke-width: 1.5;
  }

  .bar {
    cursor: pointer;
  }

  .bar-label {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }

  .build-bar {
    fill: var(--corridor-plan-build-color, #3d4a5c);
  }

  .build-bar.partial {
    fill-opacity: 0.55;
  }

  .build-none {
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .build-label {
    fill: var(--_surface);
    font-size: 11px;
    font-weight: 600;
  }

  .build-label.outside {
    fill: var(--_muted);
    font-weight: 400;
  }

  .section-title {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 600;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
  }

  .summary div {
    display: flex;
    flex-direction: column;
  }

  .summary dt {
    color: var(--_muted);
    font-size: 0.75rem;
  }

  .summary dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .summary dd .note {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
  }

  .status-note {
    margin: 0;
    padding: 0.375rem 0.625rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .status-note.bad {
    color: var(--_danger);
  }

  table.appraisal th,
  table.appraisal td,
  table.years th,
  table.years td {
    padding: 0.3125rem 0.5rem;
    border-bottom: 1px solid var(--_line);
    vertical-align: baseline;
  }

  table.appraisal tbody th {
    text-align: left;
    font-weight: 500;
  }

  td.negative {
    color: var(--_danger);
  }

  .not-built {
    color: var(--_muted);
  }

  .missing {
    color: var(--_muted);
    font-style: italic;
  }

  .missing-notes {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .what-if {
    display: flex;
    gap: 0.25rem;
    flex-wrap: nowrap;
  }

  .what-if button {
    padding: 0.125rem 0.4375rem;
    font-size: 0.75rem;
  }

  .table-scroll {
    overflow-x: auto;
  }
`;
