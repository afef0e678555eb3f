import { html, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../model/types';

/**
 * `<corridor-why>` (and the route search under it) is a chunk of its own,
 * loaded with the first answer shown: the library's eager script stays
 * within its size budget. The element upgrades when its definition
 * arrives, keeping the properties set on it.
 */
let loading: Promise<unknown> | null = null;

/** The demand × corridor table with each demand's costs and next-best route. */
export function renderWhy(scenario: Scenario | null, result: Result | null, selected: string | null, onSelect: (event: CustomEvent) => void): TemplateResult {
  // A failed load leaves the element unupgraded (empty) and is tried again on the next render.
  loading ??= import('../components/corridor-why/corridor-why').catch(() => {
    loading = null;
  });
  return html`<corridor-why .scenario=${scenario} .result=${result} .selected=${selected} @corridor-select=${onSelect}></corridor-why>`;
}
