import { css } from 'lit';

/** What lies over the map: the tooltip and the note on what it cannot show. */
export const mapOverlayStyles = css`
  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: 20rem;
    padding: 0.5rem 0.625rem;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    background: rgb(28 36 48 / 94%);
    color: #fff;
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
    font-size: 0.8125rem;
    line-height: 1.35;
    pointer-events: none;
  }

  .tooltip[hidden] {
    display: none;
  }

  .tooltip strong {
    font-weight: 600;
    margin-bottom: 0.125rem;
  }

  .note {
    position: absolute;
    z-index: 3;
    left: 0.5rem;
    bottom: 0.5rem;
    margin: 0;
    padding: 0.25rem 0.5rem;
    background: rgb(255 255 255 / 90%);
    border-radius: 4px;
    color: var(--_muted);
    font-size: 0.75rem;
  }
`;
