import { css } from 'lit';

export const planPanelStyles = css`
  details.inputs {
    margin-bottom: var(--_space);
  }

  /*
   * A large network's inputs (a page of 50 growth fields, projects unfolded) scroll in a box of their own rather
   * than make the page thousands of px taller: folded away under the answer, they would otherwise pull the page up
   * by as much, bringing the map back into the painted area (a 100–200 ms repaint as the answer lands).
   */
  details.inputs > corridor-plan-inputs {
    display: block;
    max-height: 70vh;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  details.inputs > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
    margin-bottom: 0.5rem;
  }

  .exports {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin-bottom: var(--_space);
    color: var(--_muted);
  }

  .plans {
    display: grid;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }

  .plans.side-by-side {
    grid-template-columns: repeat(auto-fit, minmax(34rem, 1fr));
    align-items: start;
  }

  .what-if-run h3 {
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
  }

  .delta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0.45rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .delta span {
    flex: 1 1 auto;
  }

  .what-if-summary {
    margin-bottom: var(--_space);
  }

  table.build-changes caption {
    text-align: left;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .best-so-far h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9375rem;
  }

  table.best-so-far-table td {
    font-variant-numeric: tabular-nums;
  }

  table.build-changes tr.moved {
    font-weight: 600;
  }

  .binds h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
  }

  .hint-inline {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.8125rem;
  }
`;
