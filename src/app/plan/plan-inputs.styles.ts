import { css } from 'lit';

export const planInputsStyles = css`
  fieldset.group {
    /* A fieldset is as wide as its content by default: it follows the page's width instead. */
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
    vertical-align: middle;
  }

  table.growth input[type='text'] {
    width: 5rem;
  }

  button.icon {
    min-height: 1.75rem;
    padding: 0 0.5rem;
  }

  /* A folded part (the growth table, a project): a heading button with what it holds in a line, its body once unfolded. */
  .part-heading {
    margin: 0.25rem 0;
    font-size: inherit;
  }

  button.part-toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    width: 100%;
    padding: 0.35rem 0.25rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button.part-toggle:hover {
    background: var(--_subtle);
  }

  button.part-toggle:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  .part-title {
    font-weight: 600;
  }

  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .chevron::before {
    content: '';
    display: inline-block;
    width: 6px;
    height: 6px;
    margin: 0 2px 2px;
    border-right: 2px solid var(--_muted);
    border-bottom: 2px solid var(--_muted);
    transform: rotate(-45deg);
  }

  [aria-expanded='true'] > .chevron::before {
    transform: rotate(45deg);
  }

  .badge {
    padding: 1px 8px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_danger) 12%, transparent);
    color: var(--_danger);
    font-size: 0.6875rem;
    font-weight: 600;
  }

  .part-body {
    padding: 0.25rem 0 0 1.25rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }

  input.filter {
    width: 16rem;
  }

  .range {
    color: var(--_muted);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }

  button.pager {
    min-width: 2rem;
  }

  ul.projects {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }

  li.project {
    border-bottom: 1px solid var(--_line);
  }

  .project-body {
    padding: 0.25rem 0 0.75rem 1.25rem;
  }

  .project-fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 0.75rem;
    margin-bottom: 0.5rem;
  }

  .project-fields input[name$='.name'] {
    width: 16rem;
  }

  .project-fields input[name$='.life'] {
    width: 4.5rem;
  }

  .adds {
    margin-bottom: 0.5rem;
  }

  .adds-title {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-bottom: 0.2rem;
  }

  button.problem-path {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  button.problem-path:focus-visible {
    outline: 2px solid var(--_accent);
  }
`;
