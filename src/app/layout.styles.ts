import { css } from 'lit';

/**
 * Where the parts of `<corridor-flow>` sit. Wide screens: the results (answer,
 * map, what binds, why) in a column that stays in view beside the editor, so a
 * lever moved on the right shows its effect on the left; the analyses below
 * both. Narrow screens: one column, with a one-line summary of the answer
 * stuck under the top bar while the editor is scrolled.
 */
export const layoutStyles = css`
  main.workspace {
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }

  /* One column on narrow screens: the results and the editor are laid out by main's grid. */
  .beside {
    display: contents;
  }

  .results {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  .pin-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    margin-bottom: calc(var(--_space) * 0.5);
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .pin-bar .pinned {
    color: var(--_accent);
    font-weight: 600;
  }

  .ranges-omitted {
    margin: 0.4rem 0 0;
    color: var(--_muted);
    font-size: 0.85rem;
  }

  .pin-bar .pin-hint,
  .pin-bar .pinned {
    flex: 1 1 14rem;
    min-width: 0;
  }

  .summary-bar {
    position: sticky;
    top: var(--_top-bar-height, 0px);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.75rem;
    padding: 0.35rem calc(var(--_space) * 0.75);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 1px 3px rgb(0 0 0 / 8%);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }

  .summary-bar .swatch {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    margin-right: 0.25rem;
    border-radius: 2px;
  }

  .summary-bar .cost {
    color: var(--_muted);
  }

  .summary-bar .change {
    color: var(--_accent);
    font-weight: 600;
  }

  @media (min-width: 1200px) {
    /*
     * The results and the editor side by side in a grid of their own: a sticky grid item sticks within its
     * container, so the results column stops where the editor ends and never covers the analyses below.
     */
    .beside {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(24rem, 2fr);
      gap: var(--_space);
      align-items: start;
      min-width: 0;
    }

    .summary-bar {
      display: none;
    }

    /* Sticks under the top bar and scrolls on its own, so it stays in view however far the editor is scrolled. */
    .results {
      position: sticky;
      top: calc(var(--_top-bar-height, 0px) + var(--_space));
      grid-column: 1;
      grid-row: 1;
      max-height: calc(100vh - var(--_top-bar-height, 0px) - 2 * var(--_space));
      overflow-y: auto;
      overscroll-behavior: contain;
      scrollbar-gutter: stable;
    }

    section.editor {
      grid-column: 2;
      grid-row: 1;
    }
  }
`;
