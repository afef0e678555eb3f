import { html, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../model/types';
import { observationFits } from './observation-fits';

/**
 * `<corridor-observations>` is a chunk of its own, loaded the first time a
 * scenario with observations is shown: most scenarios have none, and the
 * library's eager script stays within its size budget. The element
 * upgrades when its definition arrives, keeping the properties set on it.
 */
let loading: Promise<unknown> | null = null;

/** The scenario's observations beside the answer's figures, under the split (only when it has some). */
export function renderObservations(scenario: Scenario, result: Result): TemplateResult {
  // A failed load leaves the element unupgraded (empty) and is tried again on the next render.
  loading ??= import('../components/corridor-observations/corridor-observations').catch(() => {
    loading = null;
  });
  return html`<corridor-observations class="observations" .fits=${observationFits(scenario, result)} .scenario=${scenario}></corridor-observations>`;
}
