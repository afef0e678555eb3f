import { css } from 'lit';

/** The levers: a row per lever (name, slider with the scenario-value tick, number field, unit, reset). */
export const leverPanelStyles = css`
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
`;
