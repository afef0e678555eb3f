import { css } from 'lit';

/** The zoom buttons and the region buttons beside them. */
export const mapZoomControlStyles = css`
  .zoom {
    position: absolute;
    z-index: 3;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    box-shadow: 0 1px 3px rgb(0 0 0 / 12%);
    overflow: hidden;
  }

  .zoom button {
    width: 28px;
    height: 28px;
    padding: 0;
    border: none;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 16px;
    line-height: 1;
    cursor: pointer;
  }

  .zoom button + button {
    border-top: 1px solid var(--_line);
  }

  /* A region's button carries its name: as wide as the name, small type. */
  .zoom button.zoom-region {
    width: auto;
    min-width: 28px;
    padding: 0 0.35rem;
    font-size: 11px;
  }

  .zoom button:hover {
    background: var(--_subtle);
  }

  .zoom button[aria-disabled='true'] {
    color: var(--_muted);
    opacity: 0.5;
    cursor: default;
  }

  .zoom button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
`;
