import { css } from 'lit';

/** The editor's own styles; tokens (`--_accent`, `--_line`, …) come from `sharedStyles`. */
export const styles = css`
  :host {
    /* Layout follows the editor's own width (a phone, a side panel), not the window's. */
    container-type: inline-size;
    --_rule: color-mix(in srgb, var(--_line) 60%, transparent);
    --_ok: var(--corridor-ok-color, #2e7d4f);
    --_highlight: var(--corridor-highlight-color, color-mix(in srgb, var(--_accent) 11%, transparent));
    --_mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  }

  .base {
    background: var(--_surface);
    padding: 0 var(--_space);
  }

  .empty,
  .hint {
    color: var(--_muted);
  }

  .hint {
    font-size: 12px;
    font-weight: 400;
    margin: calc(var(--_space) / 2) 0;
  }

  .mono {
    font-family: var(--_mono);
    font-size: 12px;
  }


  /* --- summary ----------------------------------------------------------- */

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    padding: var(--_space) 0;
  }

  .status {
    font-weight: 600;
  }

  .status.ok {
    color: var(--_ok);
  }

  .status.ok::before {
    content: '✓ ';
  }

  .status.bad {
    color: var(--_danger);
  }

  .status.bad::before {
    content: '● ';
  }

  .meta {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .problem-list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-left: 3px solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 5%, var(--_surface));
    border-radius: 0 4px 4px 0;
  }

  .problem-list li {
    padding: 2px 0;
  }

  .problem-path,
  .link-button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  .problem-path {
    font-family: var(--_mono);
    font-size: 12px;
    margin-right: 6px;
  }

  /* --- sections ---------------------------------------------------------- */

  .section {
    border-top: 1px solid var(--_line);
  }

  .section-header {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  h2 {
    flex: 1;
    margin: 0;
    font-size: inherit;
  }

  .section-toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--_space);
    width: 100%;
    padding: calc(var(--_space) * 1.25) 2px;
    cursor: pointer;
    font-size: 14px;
    font-weight: 600;
  }

  .chevron::before {
    content: '';
    display: inline-block;
    width: 6px;
    height: 6px;
    margin: 0 2px 2px 2px;
    border-right: 2px solid var(--_muted);
    border-bottom: 2px solid var(--_muted);
    transform: rotate(-45deg);
  }

  [aria-expanded='true'] > .chevron::before {
    transform: rotate(45deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron::before {
      transition: transform 0.12s ease-out;
    }
  }

  .count {
    color: var(--_muted);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }

  .badge {
    padding: 1px 8px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_danger) 12%, transparent);
    color: var(--_danger);
    font-size: 11px;
    font-weight: 600;
  }

  .section-body {
    padding-bottom: calc(var(--_space) * 1.5);
  }

  /* --- controls ---------------------------------------------------------- */

  input[type='text'],
  input[type='search'],
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    height: 26px;
    padding: 0 6px;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  textarea {
    height: auto;
    padding: 4px 6px;
    resize: vertical;
  }

  select {
    padding-right: 2px;
  }

  input.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  input.mono,
  select.mono {
    font-family: var(--_mono);
    font-size: 12px;
  }

  input::placeholder {
    color: color-mix(in srgb, var(--_muted) 70%, transparent);
    font-style: italic;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  .section-toggle:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface)) !important;
  }

  .field-error {
    color: var(--_danger);
    font-size: 11px;
    line-height: 1.3;
    margin-top: 2px;
    text-align: left;
    white-space: normal;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .add {
    padding: 3px 10px;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    white-space: nowrap;
  }

  .add:hover,
  .pager:hover:not(:disabled) {
    background: var(--_subtle);
  }

  .icon {
    width: 24px;
    height: 24px;
    padding: 0;
    border: none;
    border-radius: 4px;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
    font-size: 14px;
    line-height: 1;
  }

  .icon:hover {
    background: var(--_subtle);
    color: var(--_text);
  }

  .icon.has-provenance {
    color: var(--_accent);
  }

  .icon.remove:hover {
    color: var(--_danger);
  }

  .swatch {
    display: inline-block;
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: var(--swatch);
    box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.12);
  }

  /* --- levers ------------------------------------------------------------ */

  .lever-group h3 {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .lever-group h3 .hint {
    text-transform: none;
    letter-spacing: 0;
    margin-left: 6px;
  }

  .corridor-levers {
    padding: 2px 0 6px;
  }

  .corridor-levers + .corridor-levers {
    border-top: 1px solid var(--_rule);
  }

  .corridor-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: 4px 0 2px;
    font-weight: 600;
  }

  .corridor-levers.selected,
  .lever.selected {
    background: var(--_highlight);
    box-shadow: inset 3px 0 var(--_accent);
  }

  .switch {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin-left: auto;
    cursor: pointer;
    font-weight: 400;
    color: var(--_muted);
    font-size: 12px;
  }

  .switch input {
    appearance: none;
    position: relative;
    width: 28px;
    height: 16px;
    margin: 0;
    border-radius: 8px;
    background: var(--_line);
    cursor: pointer;
  }

  .switch input::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: #fff;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.25);
  }

  .switch input:checked {
    background: var(--_accent);
  }

  .switch input:checked::before {
    left: 14px;
  }

  .switch-text {
    min-width: 3.2em;
  }

  .lever {
    display: grid;
    grid-template-columns: minmax(8rem, 13rem) minmax(7rem, 1fr) 7.5rem 4.2rem 1.5rem;
    align-items: center;
    column-gap: var(--_space);
    padding: 2px 0 2px 6px;
  }

  /* A value moved away from the scenario's reads differently at a glance. */
  .lever.changed input.num {
    color: var(--_accent);
    font-weight: 600;
  }

  .lever.muted {
    opacity: 0.5;
  }

  .lever-label {
    display: flex;
    flex-direction: column;
    min-width: 0;
    line-height: 1.2;
  }

  .lever-item {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-family: var(--_mono);
    font-size: 12px;
  }

  .lever-field {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_muted);
    font-size: 11px;
  }

  .lever .unit {
    color: var(--_muted);
    font-size: 12px;
    white-space: nowrap;
  }

  .lever-error {
    grid-column: 2 / -1;
  }

  .reset {
    width: 22px;
    height: 22px;
    padding: 0;
    border: none;
    border-radius: 4px;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  .reset:hover {
    background: var(--_subtle);
  }

  .reset[hidden] {
    display: inline-block;
    visibility: hidden;
  }

  /* The thumb is 14px wide: its centre runs from 7px to (width − 7px), and the tick follows that. */
  .slider {
    position: relative;
    display: flex;
    align-items: center;
    height: 24px;
  }

  .tick {
    position: absolute;
    top: 5px;
    bottom: 5px;
    left: calc(7px + (100% - 14px) * var(--at, 0));
    width: 2px;
    margin-left: -1px;
    border-radius: 1px;
    background: var(--_muted);
    pointer-events: none;
  }

  input[type='range'] {
    position: relative;
    z-index: 1;
    -webkit-appearance: none;
    appearance: none;
    width: 100%;
    height: 24px;
    margin: 0;
    background: transparent;
    cursor: pointer;
  }

  input[type='range']::-webkit-slider-runnable-track {
    height: 4px;
    border-radius: 2px;
    background: color-mix(in srgb, var(--_line) 80%, transparent);
  }

  input[type='range']::-moz-range-track {
    height: 4px;
    border-radius: 2px;
    background: color-mix(in srgb, var(--_line) 80%, transparent);
  }

  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    width: 14px;
    height: 14px;
    margin-top: -5px;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    box-sizing: border-box;
  }

  input[type='range']::-moz-range-thumb {
    width: 14px;
    height: 14px;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    box-sizing: border-box;
  }

  input[type='range']:focus-visible {
    outline: none;
  }

  input[type='range']:focus-visible::-webkit-slider-thumb {
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 35%, transparent);
  }

  .more {
    padding-left: 6px;
  }

  /* --- tables ------------------------------------------------------------ */

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

  /* --- narrow ------------------------------------------------------------ */

  /*
   * A lever row needs about 34rem side by side. Narrower, its name takes a
   * line of its own and the slider shares the next with the field, unit and
   * reset; tables keep their widths and scroll inside .table-wrap.
   */
  @container (max-width: 34rem) {
    .lever {
      grid-template-columns: minmax(0, 1fr) 7rem 2.75rem 1.5rem;
      row-gap: 2px;
      padding-top: 4px;
      padding-bottom: 4px;
    }

    .lever-label {
      grid-column: 1 / -1;
    }

    .lever-error {
      grid-column: 1 / -1;
    }

    .lever-group h3 .hint {
      display: block;
      margin-left: 0;
    }

    .filter {
      flex: 1 1 8rem;
      max-width: none;
    }

    .section-toggle {
      gap: calc(var(--_space) / 2);
    }
  }

  /* A fitted cost (calibration), never to be read as a tariff. */
  .calibrated-mark {
    display: inline-block;
    width: fit-content;
    justify-self: start;
    align-self: start;
    margin-left: 0.25rem;
    padding: 0 0.3rem;
    border: 1px solid var(--corridor-calibrated-color, #8a6d00);
    border-radius: 999px;
    color: var(--corridor-calibrated-color, #8a6d00);
    font-size: 0.6875rem;
    line-height: 1.4;
    white-space: nowrap;
    vertical-align: middle;
  }
`;
