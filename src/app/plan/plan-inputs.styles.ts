import { css } from 'lit';

export const planInputsStyles = css`
  fieldset.group {
    /* A fieldset is as wide as its content by default: the projects table scrolls inside instead. */
    min-width: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.5rem var(--_space) var(--_space);
    margin: 0 0 var(--_space);
  }

  fieldset.group > legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }

  .settings {
    margin-bottom: 0.5rem;
  }

  input[type='text'] {
    width: 9rem;
    font-variant-numeric: tabular-nums;
  }

  input[name='years'] {
    width: 18rem;
  }

  .field.wide input[type='text'] {
    width: 100%;
  }

  .field.check {
    align-items: center;
  }

  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }

  .field-error {
    display: block;
    max-width: 22rem;
    color: var(--_danger);
    font-size: 0.75rem;
    white-space: normal;
  }

  table.data caption {
    text-align: left;
    color: var(--_muted);
    font-size: 0.8125rem;
    padding: 0.25rem 0;
  }

  table.data td {
    vertical-align: middle;
  }

  table.adds select,
  table.changes select {
    max-width: 22rem;
  }

  /*
   * A fixed width: such a select holds only its chosen option until it is reached for (long-select-options.ts),
   * and sized to its options it would widen as the reader focuses it.
   */
  select[data-path$='].set'] {
    width: 16rem;
  }

  .table-scroll {
    overflow-x: auto;
  }

  table.projects input[type='text'] {
    width: 6.75rem;
  }

  table.projects td.name input[type='text'] {
    width: 10rem;
  }

  table.projects th,
  table.projects td {
    padding-left: 0.3rem;
    padding-right: 0.3rem;
  }

  table.projects td.short input[type='text'] {
    width: 3.5rem;
  }

  table.projects td.center {
    text-align: center;
  }

  table.projects td.adds {
    min-width: 18rem;
  }

  .addition {
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
    margin-bottom: 0.25rem;
  }

  .addition select {
    max-width: 10.5rem;
  }

  .addition input[type='text'] {
    width: 7rem;
  }

  .plus {
    align-self: center;
    color: var(--_muted);
  }

  button.add-addition {
    min-height: 1.5rem;
    padding: 0 0.5rem;
    font-size: 0.75rem;
  }

  table.growth td,
  table.growth th {
    padding-top: 0.125rem;
    padding-bottom: 0.125rem;
  }

  table.growth input[type='text'] {
    width: 5rem;
  }

  button.icon {
    min-height: 1.75rem;
    padding: 0 0.5rem;
  }
`;
