/**
 * The analysis views (`<corridor-sweep>`, `<corridor-heatmap>`,
 * `<corridor-tornado>`, `<corridor-compare>`, `<corridor-resilience>`,
 * `<corridor-uncertainty>`, `<corridor-plan>`, `<corridor-observations>`, `<corridor-why>`) are a chunk of their own beside the library
 * entry. It is loaded, once, by whichever comes first:
 *
 * - `loadAnalysisViews()`, which resolves to their classes once they are defined;
 * - one of their tags appearing in the page's document (a `MutationObserver`
 *   started by the entry), so `<corridor-sweep>` in HTML just works.
 *
 * An element created before its definition arrives is upgraded when it does,
 * keeping the properties set on it meanwhile (Lit re-applies them).
 */
import type * as AnalysisViews from './analysis-views';

export type { AnalysisViews };

/** The tags of the lazily defined analysis views. */
export const ANALYSIS_VIEW_TAGS = [
  'corridor-sweep',
  'corridor-heatmap',
  'corridor-tornado',
  'corridor-compare',
  'corridor-resilience',
  'corridor-uncertainty',
  'corridor-plan',
  'corridor-observations',
  'corridor-why',
] as const;

let loading: Promise<typeof AnalysisViews> | null = null;

/**
 * Loads and defines the analysis views (once; later calls share the load).
 * Rejects if the chunk cannot be loaded (the next call tries again).
 */
export function loadAnalysisViews(): Promise<typeof AnalysisViews> {
  loading ??= import('./analysis-views').catch((error: unknown) => {
    loading = null;
    throw new Error(`corridor-flow: the analysis views could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  });
  return loading;
}

/**
 * Loads the analysis views as soon as one of their tags is in `document`
 * (now or later). Elements inside other shadow roots are not seen: a page
 * that puts them there calls `loadAnalysisViews()` itself.
 */
export function loadAnalysisViewsOnDemand(doc: Document = document): void {
  // Already defined (a bundle that imported them itself): nothing to watch for.
  if (ANALYSIS_VIEW_TAGS.every((tag) => customElements.get(tag) !== undefined)) return;
  const stop = watchForAnalysisViews(doc, () => {
    loadAnalysisViews().catch((error: unknown) => {
      // A page that only uses the tags has nothing to catch this with.
      console.error(error);
    });
  });
  // Loaded some other way (loadAnalysisViews()): stop watching every insertion into the page.
  void Promise.all(ANALYSIS_VIEW_TAGS.map((tag) => customElements.whenDefined(tag))).then(stop);
}

/**
 * Calls `found` once, as soon as an element with one of the analysis views'
 * tags is in `doc` (already, or inserted later, however deep). Returns a
 * function that stops watching.
 */
export function watchForAnalysisViews(doc: Document, found: () => void): () => void {
  const selector = ANALYSIS_VIEW_TAGS.join(',');
  if (doc.querySelector(selector) !== null) {
    found();
    return () => undefined;
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null)) {
          observer.disconnect();
          found();
          return;
        }
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  return () => observer.disconnect();
}
