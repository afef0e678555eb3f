import { html, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../model/types';

/**
 * `<corridor-observations>` and the fits it shows (observation-fits.ts) are chunks of their own, loaded the
 * first time a scenario with observations is shown: most scenarios have none, and the library's eager script
 * stays within its size budget. The fits come first and the element after them, so it upgrades with its
 * figures set (never saying "no observations" first); until then it stands empty in its place.
 */
let fits: typeof import('./observation-fits') | null = null;
let loadingFits: Promise<void> | null = null;
let loadingElement: Promise<unknown> | null = null;
/** Renders waiting for the fits: each is asked to render again when they arrive. */
const waiting = new Set<() => void>();

/** The scenario's observations beside the answer's figures, under the split (only when it has some); `loaded` renders again. */
export function renderObservations(scenario: Scenario, result: Result, loaded: () => void): TemplateResult {
  if (fits === null) {
    waiting.add(loaded);
    // A failed load leaves the element empty and is tried again on the next render.
    loadingFits ??= import('./observation-fits').then(
      (module) => {
        fits = module;
        for (const render of waiting) render();
        waiting.clear();
      },
      () => {
        loadingFits = null;
      },
    );
  } else {
    loadingElement ??= import('../components/corridor-observations/corridor-observations').catch(() => {
      loadingElement = null;
    });
  }
  // One template whatever is loaded, so that the element stays the same one as its parts arrive.
  return html`<corridor-observations class="observations" .fits=${fits?.observationFits(scenario, result) ?? []} .scenario=${scenario}></corridor-observations>`;
}
