import { html, nothing, type TemplateResult } from 'lit';

/**
 * The options of a select over one of the network's long lists (every
 * parameter, every capacity): all of them once `listed`, before that only
 * the chosen one. On the 100× network each such select held thousands of
 * options, most of the planning inputs' 7,774 elements, which every major
 * garbage collection traced while the inputs were on the page; the reader
 * sees the chosen value either way, and the element lists the rest when
 * the select is reached for (focus, pointer down), before it opens.
 *
 * `value` not among `choices` (a path the check will name, or none yet) is
 * shown first as it is, or as `fallback` when empty.
 */
export function longSelectOptions(choices: readonly string[], value: string, listed: boolean, text: (choice: string) => string, fallback: string): TemplateResult {
  const known = choices.includes(value);
  return html`${known ? nothing : html`<option value=${value} selected>${value || fallback}</option>`}${
    listed
      ? choices.map((c) => html`<option value=${c} ?selected=${c === value}>${text(c)}</option>`)
      : known
        ? html`<option value=${value} selected>${text(value)}</option>`
        : nothing
  }`;
}
