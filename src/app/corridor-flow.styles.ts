import { css } from 'lit';
import { sharedStyles } from '../components/shared.styles';

export const corridorFlowStyles = [
  sharedStyles,
  css`
    :host {
      min-height: 100%;
      background: var(--_subtle);
      font-size: 0.9375rem;
    }

    .base {
      position: relative;
      display: flex;
      flex-direction: column;
      min-height: 100%;
      outline: none;
    }

    .top-bar {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.75) var(--_space);
      padding: calc(var(--_space) * 0.75) var(--_space);
      background: var(--_surface);
      border-bottom: 1px solid var(--_line);
    }

    /* On a phone the wrapped bar would cover a quarter of the screen: let it scroll away. */
    @media (max-width: 600px) {
      .top-bar {
        position: static;
      }
    }

    .name {
      flex: 1 1 16rem;
      min-width: 0;
      margin: 0;
      font-size: 1.125rem;
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .picker,
    .language {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      color: var(--_muted);
    }

    .actions {
      display: inline-flex;
      gap: 0.35rem;
    }

    .status {
      flex: 0 1 auto;
      min-width: 8rem;
    }

    .menu {
      position: relative;
    }

    .menu summary {
      list-style: none;
      display: inline-flex;
      align-items: center;
      min-height: 2rem;
      padding: 0.3em 0.7em;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }

    .menu summary::-webkit-details-marker {
      display: none;
    }

    .menu summary::after {
      content: '▾';
      margin-left: 0.4em;
      font-size: 0.8em;
    }

    .menu summary:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }

    .menu-items {
      position: absolute;
      right: 0;
      top: calc(100% + 4px);
      z-index: 4;
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 11rem;
      padding: 4px;
      background: var(--_surface);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      box-shadow: 0 4px 16px rgb(20 28 40 / 0.15);
    }

    .menu-items button {
      border-color: transparent;
      text-align: left;
    }

    button,
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      padding: 0.3em 0.7em;
      min-height: 2rem;
      cursor: pointer;
    }

    button:hover:not(:disabled),
    select:hover {
      border-color: var(--_accent);
    }

    button:disabled {
      color: var(--_muted);
      opacity: 0.55;
      cursor: default;
    }

    button:focus-visible,
    select:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }

    .gallery {
      align-self: center;
      color: var(--_accent);
      white-space: nowrap;
    }

    .share-box {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem var(--_space);
      margin: calc(var(--_space) * 0.5) var(--_space) 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .share-link {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex: 1 1 30rem;
      min-width: 0;
    }

    .share-link input {
      flex: 1 1 auto;
      min-width: 0;
      font: inherit;
      padding: 0.3em 0.5em;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }

    .share-note {
      color: var(--_muted);
      font-size: 0.8125rem;
    }

    .share-too-big {
      flex: 1 1 auto;
      margin: 0;
    }

    .share-box .dismiss {
      min-height: 0;
      padding: 0 0.4em;
      border: none;
      background: transparent;
      font-size: 1.1em;
    }

    .notices {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      padding: calc(var(--_space) * 0.5) var(--_space) 0;
    }

    .notice {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--_space);
      margin: 0;
      padding: 0.45rem 0.75rem;
      border-radius: var(--_radius);
      border: 1px solid var(--_line);
      background: var(--_surface);
    }

    .notice.warning {
      border-color: #d9a400;
      background: #fff8e1;
    }

    .notice.error {
      border-color: var(--_danger);
      background: #fdecea;
    }

    .notice > span {
      flex: 1;
    }

    .notice .notice-action {
      min-height: 0;
      padding: 0.1em 0.6em;
      white-space: nowrap;
    }

    .notice .dismiss {
      min-height: 0;
      padding: 0 0.4em;
      border: none;
      background: transparent;
      font-size: 1.1em;
      line-height: 1.2;
    }

    main {
      display: grid;
      gap: var(--_space);
      padding: var(--_space);
    }

    main.empty {
      place-items: center;
      min-height: 40vh;
      color: var(--_muted);
    }

    /* The parts draw their own panels; a section only places one. */
    section {
      min-width: 0;
    }

    /* While a newer answer is computed the old one stays in place, slightly dimmed: no layout jump. */
    section[aria-busy='true'] {
      opacity: 0.7;
      transition: opacity 0.15s ease-in 0.1s;
    }

    /* The map on a layer of its own: dimming it then composites the layer instead of
       repainting thousands of SVG elements (a 22–43 ms frame per edit on a 2,000-link map). */
    section.map {
      will-change: opacity;
    }

    /*
     * Off screen, the map and "why" (most of a large network's elements: 12,000 of 13,300 on the 100x one) are
     * skipped: not laid out, not painted. Otherwise a change far below them that moves the page (the Plan tab's
     * inputs folding away under its answer) brings them into the painted area, a 100–200 ms repaint of the map.
     * Once drawn, their last size holds their place.
     */
    section.map,
    section.why {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 30rem;
    }

    /* The observations under the split: a panel of their own, as the split draws one. */
    corridor-observations.observations {
      margin-top: var(--_space);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }

    .drop-hint {
      display: none;
    }

    .dragging .drop-hint {
      position: absolute;
      inset: 0;
      z-index: 3;
      display: grid;
      place-items: center;
      font-size: 1.25rem;
      color: var(--_accent);
      background: color-mix(in srgb, var(--_surface) 85%, transparent);
      border: 3px dashed var(--_accent);
      pointer-events: none;
    }

    dialog {
      max-width: min(44rem, 92vw);
      max-height: 80vh;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.5);
      color: var(--_text);
    }

    dialog::backdrop {
      background: rgb(20 28 40 / 0.4);
    }

    dialog h2 {
      margin: 0 0 0.5rem;
      font-size: 1.1rem;
      overflow-wrap: anywhere;
    }

    .problems {
      max-height: 45vh;
      overflow: auto;
      padding-left: 1.2rem;
    }

    .problems li {
      margin: 0.2rem 0;
      overflow-wrap: anywhere;
    }

    .path {
      font-weight: 600;
    }

    dialog form {
      display: flex;
      justify-content: flex-end;
    }
  `,
];
