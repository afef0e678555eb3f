import type { CorridorFlow } from '../../../src/app/corridor-flow';
import type { CorridorAnalyses, AnalysisTab } from '../../../src/app/analyses/corridor-analyses';
import { shadow } from './app-fixture';

/** Polls `test` every 20 ms until it returns a value other than undefined/false; rejects after `timeoutMs`. */
export async function until<T>(test: () => T | undefined | false | null, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = test();
    if (value !== undefined && value !== false && value !== null) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function analysesOf(app: CorridorFlow): CorridorAnalyses {
  const element = shadow(app).querySelector('corridor-analyses');
  if (element === null) throw new Error('the app shows no <corridor-analyses>');
  return element;
}

/**
 * Clicks a tab as a user does and resolves with its panel once rendered.
 * A panel is a chunk loaded when its tab is first opened: the element is in
 * the tab panel at once and upgrades when its definition arrives.
 */
export async function openTab<K extends keyof HTMLElementTagNameMap>(app: CorridorFlow, tab: AnalysisTab, panelTag: K): Promise<HTMLElementTagNameMap[K]> {
  const analyses = analysesOf(app);
  await analyses.updateComplete;
  analyses.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
  await analyses.updateComplete;
  const panel = analyses.shadowRoot!.querySelector(panelTag);
  if (panel === null) throw new Error(`no ${panelTag} after clicking the ${tab} tab`);
  return rendered(panel);
}

/** `element` once its custom element is defined (lazily loaded) and it has rendered. */
export async function rendered<E extends Element>(element: E): Promise<E> {
  await customElements.whenDefined(element.localName);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Types into an input of a panel's shadow root (by name) as a user does. */
export function typeInto(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (input === null) throw new Error(`no input named ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function button(root: ShadowRoot, selector: string): HTMLButtonElement {
  const found = root.querySelector<HTMLButtonElement>(selector);
  if (found === null) throw new Error(`no button ${selector}`);
  return found;
}
