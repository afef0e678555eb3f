import { html, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../model/types';

/**
 * `<corridor-observations>` and the fits it shows (observations-chunk.ts) are a chunk of their own, loaded
 * the first time a scenario with observations is shown: most scenarios have none, and the library's eager
 * script stays within its size budget.
 */
let chunk: typeof import('./observations-chunk') | null = null;
let loading: Promise<void> | null = null;
/** Renders waiting for the chunk: each is asked to render again when it arrives. */
const waiting = new Set<() => void>();

/**
 * The scenario's observations beside the answer's figures, under the split (only when it has some).
 * Until the chunk arrives the element stands empty in its place; `loaded` is then called to render again.
 */
export function renderObservations(scenario: Scenario, result: Result, loaded: () => void): TemplateResult {
  if (chunk === null) {
    waiting.add(loaded);
    // A failed load leaves the element unupgraded (empty) and is tried again on the next render.
    loading ??= import('./observations-chunk').then(
      (module) => {
        chunk = module;
        for (const render of waiting) render();
        waiting.clear();
      },
      () => {
        loading = null;
      },
    );
    return html`<corridor-observations class="observations" .scenario=${scenario}></corridor-observations>`;
  }
  return html`<corridor-observations class="observations" .fits=${chunk.observationFits(scenario, result)} .scenario=${scenario}></corridor-observations>`;
}
