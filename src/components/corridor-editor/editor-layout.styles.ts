import { css } from 'lit';

/** The editor's frame: its tokens, the problem summary at the top and the collapsible sections. */
export const editorLayoutStyles = css`
  :host {
    /* Layout follows the editor's own width (a phone, a side panel), not the window's. */
    container-type: inline-size;
    --_rule: color-mix(in srgb, var(--_line) 60%, transparent);
    --_ok: var(--corridor-ok-color, #2e7d4f);
    --_highlight: var(--corridor-highlight-color, color-mix(in srgb, var(--_accent) 11%, transparent));
    --_mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  }

  .base {
    background: var(--_surface);
    padding: 0 var(--_space);
  }

  .empty,
  .hint {
    color: var(--_muted);
  }

  .hint {
    font-size: 12px;
    font-weight: 400;
    margin: calc(var(--_space) / 2) 0;
  }

  .mono {
    font-family: var(--_mono);
    font-size: 12px;
  }



  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    padding: var(--_space) 0;
  }

  .status {
    font-weight: 600;
  }

  .status.ok {
    color: var(--_ok);
  }

  .status.ok::before {
    content: '✓ ';
  }

  .status.bad {
    color: var(--_danger);
  }

  .status.bad::before {
    content: '● ';
  }

  .meta {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .problem-list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-left: 3px solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 5%, var(--_surface));
    border-radius: 0 4px 4px 0;
  }

  .problem-list li {
    padding: 2px 0;
  }

  .problem-path,
  .link-button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  .problem-path {
    font-family: var(--_mono);
    font-size: 12px;
    margin-right: 6px;
  }


  .section {
    border-top: 1px solid var(--_line);
  }

  .section-header {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  h2 {
    flex: 1;
    margin: 0;
    font-size: inherit;
  }

  .section-toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--_space);
    width: 100%;
    padding: calc(var(--_space) * 1.25) 2px;
    cursor: pointer;
    font-size: 14px;
    font-weight: 600;
  }

  .chevron::before {
    content: '';
    display: inline-block;
    width: 6px;
    height: 6px;
    margin: 0 2px 2px 2px;
    border-right: 2px solid var(--_muted);
    border-bottom: 2px solid var(--_muted);
    transform: rotate(-45deg);
  }

  [aria-expanded='true'] > .chevron::before {
    transform: rotate(45deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron::before {
      transition: transform 0.12s ease-out;
    }
  }

  .count {
    color: var(--_muted);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }

  .badge {
    padding: 1px 8px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_danger) 12%, transparent);
    color: var(--_danger);
    font-size: 11px;
    font-weight: 600;
  }

  .section-body {
    padding-bottom: calc(var(--_space) * 1.5);
  }
`;
