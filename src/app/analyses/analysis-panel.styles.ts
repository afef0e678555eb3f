import { css } from 'lit';

/** Buttons, inputs and selects as the app's top bar draws them. */
export const analysisFormStyles = css`
  button,
  select,
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.3em 0.6em;
    min-height: 2rem;
  }

  button,
  select {
    cursor: pointer;
  }

  input[type='number'],
  input[inputmode='decimal'] {
    width: 8.5rem;
    font-variant-numeric: tabular-nums;
  }

  input[type='checkbox'] {
    min-height: 0;
  }

  button:hover:not(:disabled),
  select:hover {
    border-color: var(--_accent);
  }

  button:disabled,
  button[aria-disabled='true'] {
    color: var(--_muted);
    opacity: 0.55;
    cursor: default;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
    font-weight: 600;
  }
`;

/** The frame every analysis panel shares: settings row, progress, messages, output. */
export const analysisPanelStyles = css`
  :host {
    display: block;
  }

  .settings {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.6rem var(--_space);
    margin-bottom: var(--_space);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .field.wide {
    flex: 1 1 26rem;
    min-width: 0;
  }

  .field > span {
    white-space: nowrap;
  }

  fieldset.fields {
    display: flex;
    flex-wrap: wrap;
    flex-direction: row;
    align-items: center;
    gap: 0.2rem 0.9rem;
    margin: 0;
    padding: 0;
    border: none;
    color: var(--_text);
  }

  fieldset.fields legend {
    padding: 0 0 0.2rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  fieldset.fields label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }

  .hint {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }

  .progress-row {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }

  .progress {
    flex: 1 1 auto;
    height: 0.6rem;
    border-radius: 999px;
    background: var(--_subtle);
    border: 1px solid var(--_line);
    overflow: hidden;
  }

  .progress-fill {
    height: 100%;
    background: var(--_accent);
    transition: width 0.1s linear;
  }

  .progress-text {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .message {
    margin: 0 0 var(--_space);
    padding: 0.45rem 0.75rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_line);
  }

  .message.error {
    border-color: var(--_danger);
    background: #fdecea;
  }

  .message.warning {
    border-color: #d9a400;
    background: #fff8e1;
  }

  .message ul {
    margin: 0.3rem 0 0;
    padding-left: 1.2rem;
  }

  code {
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }

  table.data {
    border-collapse: collapse;
    margin-bottom: var(--_space);
  }

  table.data th,
  table.data td {
    padding: 0.25rem 0.6rem;
    border-bottom: 1px solid var(--_line);
    text-align: left;
    vertical-align: top;
  }

  table.data th.num,
  table.data td.num {
    text-align: right;
  }

  .failed {
    color: var(--_danger);
    font-weight: 600;
  }

  .export-menu {
    position: relative;
    align-self: flex-start;
    margin: 0.25rem 0;
  }

  .export-menu summary {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
    padding: 0.3em 0.7em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .export-menu summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  .export-items {
    position: absolute;
    z-index: 3;
    display: grid;
    gap: 0.25rem;
    min-width: 11rem;
    margin-top: 0.25rem;
    padding: 0.35rem;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 12%);
  }

  .export-items button {
    text-align: left;
  }
`;
