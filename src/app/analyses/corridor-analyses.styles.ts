import { css } from 'lit';

/**
 * What `<corridor-analyses>` holds before its content arrives (render-analyses.ts, a chunk of its own):
 * the box and its title, so the loading state takes the place the tabs will.
 */
export const analysesFrameStyles = css`
  :host {
    display: block;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
`;
