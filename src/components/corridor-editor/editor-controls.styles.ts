import { css } from 'lit';

/** Form controls: fields, selects, checkboxes and switches, buttons, chips and swatches. */
export const editorControlStyles = css`
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
`;
