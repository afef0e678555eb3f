import { css } from 'lit';
import { sharedStyles } from '../../components/shared.styles';
import { analysisFormStyles } from '../analyses/analysis-panel.styles';

export const corridorWorkspaceStyles = [
  sharedStyles,
  analysisFormStyles,
  css`
    .base {
      display: grid;
      gap: var(--_space);
      padding: var(--_space);
      background: var(--_surface);
      border-bottom: 1px solid var(--_line);
    }

    h2 {
      margin: 0;
      font-size: 1rem;
    }

    /* Only a landing place for focus when the panel opens: no ring around the whole line. */
    h2:focus {
      outline: none;
    }

    .hint {
      margin: 0;
      color: var(--_muted);
    }

    .save {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem var(--_space);
    }

    .save label {
      display: grid;
      gap: 0.2rem;
      color: var(--_muted);
    }

    .save input[name='name'] {
      width: 18rem;
      max-width: 100%;
    }

    textarea {
      font: inherit;
      color: var(--_text);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      padding: 0.3em 0.5em;
      width: 100%;
      min-width: 12rem;
      resize: vertical;
      /* As tall as the note, within reason: a note cut after a line hides what the scenario is for. */
      field-sizing: content;
      min-height: 2rem;
      max-height: 8rem;
    }

    .save textarea {
      width: 24rem;
      max-width: 100%;
    }

    textarea:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }

    .table-scroll {
      overflow-x: auto;
    }

    table {
      border-collapse: collapse;
      width: 100%;
    }

    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_line);
    }

    th {
      color: var(--_muted);
      font-weight: 600;
    }

    tr.active {
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }

    .entry-name {
      font-weight: 600;
      text-align: left;
    }

    td textarea {
      max-width: 24rem;
    }

    td.when,
    td.size {
      white-space: nowrap;
      color: var(--_muted);
    }

    .badge {
      margin-left: 0.4em;
      font-size: 0.8em;
      font-weight: 400;
      color: var(--_accent);
    }

    .row-actions {
      display: flex;
      flex-wrap: nowrap;
      gap: 0.3rem;
    }

    .file {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }

    .problems {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-left: 3px solid var(--_danger);
      color: var(--_danger);
    }

    .problems ul {
      margin: 0.3rem 0 0;
      padding-left: 1.2rem;
    }

    .memory {
      margin: 0;
      color: var(--_danger);
    }
  `,
];
