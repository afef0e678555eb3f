import { css } from 'lit';

/** The tables: toolbar and pager, columns, rows, detail rows, and the scenario's own fields. */
export const collectionTableStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) / 1.5);
  }

  .filter {
    max-width: 16rem;
  }

  .range {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    margin-left: auto;
  }

  .pager {
    width: 26px;
    height: 26px;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    cursor: pointer;
  }

  .pager:disabled {
    opacity: 0.4;
    cursor: default;
  }

  .table-wrap {
    overflow: auto;
    max-height: var(--corridor-table-height, 32rem);
    border: 1px solid var(--_line);
    border-radius: 6px;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  th {
    position: sticky;
    top: 0;
    z-index: 2;
    padding: 5px 6px;
    background: var(--_subtle);
    border-bottom: 1px solid var(--_line);
    color: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    text-align: left;
    white-space: nowrap;
    vertical-align: bottom;
  }

  th .unit {
    display: block;
    font-weight: 400;
  }

  th.col-num {
    text-align: right;
  }

  td {
    padding: 2px 3px;
    border-bottom: 1px solid var(--_rule);
    vertical-align: top;
  }

  td input[type='text'],
  td select {
    border-color: transparent;
    background: transparent;
  }

  td input[type='text']:hover,
  td select:hover,
  td input[type='text']:focus,
  td select:focus {
    border-color: var(--_line);
    background: var(--_surface);
  }

  tr.row:hover > td {
    background: color-mix(in srgb, var(--_subtle) 70%, transparent);
  }

  tr.selected > td,
  tr.selected:hover > td {
    background: var(--_highlight);
  }

  tr.selected > td:first-child {
    box-shadow: inset 3px 0 var(--_accent);
  }

  .col-id {
    min-width: 10rem;
  }

  /*
   * The id stays in view while a wide table scrolls sideways to a field (a focused capacity, a problem), so a
   * row never reads as a number without its item. Opaque, since the rest scrolls beneath it.
   */
  td.col-id,
  th.col-id {
    position: sticky;
    left: 0;
    box-shadow: 1px 0 0 var(--_rule);
  }

  td.col-id {
    z-index: 1;
    background: var(--_surface);
  }

  th.col-id {
    z-index: 3;
  }

  tr.row:hover > td.col-id {
    background: linear-gradient(color-mix(in srgb, var(--_subtle) 70%, transparent), color-mix(in srgb, var(--_subtle) 70%, transparent)), var(--_surface);
  }

  tr.selected > td.col-id,
  tr.selected:hover > td.col-id {
    background: linear-gradient(var(--_highlight), var(--_highlight)), var(--_surface);
    box-shadow: inset 3px 0 var(--_accent), 1px 0 0 var(--_rule);
  }

  .col-num {
    width: 7.5rem;
    min-width: 6.5rem;
  }

  .col-check {
    width: 3.5rem;
    text-align: center;
  }

  td.col-check input {
    margin: 6px 0 0;
    accent-color: var(--_accent);
  }

  .col-choice {
    width: 6.5rem;
  }

  .col-node {
    min-width: 8rem;
  }

  .col-text {
    min-width: 8rem;
  }

  .col-color {
    width: 8rem;
  }

  .col-gates {
    min-width: 14rem;
  }

  /* Cells do not keep a width in a squeezed table; their controls do. */
  td.col-id input {
    min-width: 9rem;
  }

  td.col-num input {
    min-width: 6.5rem;
  }

  td.col-text input {
    min-width: 7rem;
  }

  td.col-node select,
  td.col-node input {
    min-width: 7.5rem;
  }

  td.col-choice select {
    min-width: 5.5rem;
  }

  .color-field input {
    min-width: 6rem;
  }

  .gates {
    min-width: 13rem;
  }

  .col-actions {
    width: 1%;
    white-space: nowrap;
    text-align: right;
  }

  tr.detail > td {
    padding: 6px 10px 10px;
    background: var(--_subtle);
  }

  .detail-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: 6px var(--_space);
  }

  .detail-field label,
  .scenario-field label {
    display: block;
    color: var(--_muted);
    font-size: 11px;
    margin-bottom: 2px;
  }

  .provenance {
    margin: 6px 0 0;
    color: var(--_muted);
    font-size: 12px;
  }

  .provenance a {
    color: var(--_accent);
  }

  .assumption {
    font-style: italic;
  }

  .color-field {
    display: flex;
    align-items: center;
    gap: 4px;
  }

  .gates {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 3px;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 1px 2px 1px 7px;
    border-radius: 10px;
    background: var(--_subtle);
    border: 1px solid var(--_rule);
  }

  .chip-remove {
    width: 18px;
    height: 18px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }

  .chip-remove:hover {
    color: var(--_danger);
  }

  input.gate-add {
    width: 9rem;
    flex: 1;
  }

  .scenario-field {
    margin-bottom: var(--_space);
    max-width: 40rem;
  }
`;
