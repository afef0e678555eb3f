import { css } from 'lit';

/** The legend below the map. */
export const mapLegendStyles = css`
  .legend {
    padding: 0.5rem var(--_space);
    border-top: 1px solid var(--_line);
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .legend .key {
    flex: none;
    overflow: visible;
  }

  .legend line {
    stroke-linecap: round;
  }

  .ramp {
    display: inline-block;
    width: 48px;
    height: 8px;
    border-radius: 2px;
    background: linear-gradient(
      to right,
      color-mix(in srgb, var(--corridor-map-link-color, #35424f) 40%, white),
      var(--corridor-map-link-color, #35424f)
    );
  }
`;
