import type { CorridorFlow } from '../../../src/app/corridor-flow';
import '../../../src/app/corridor-flow';

let count = 0;

/** A fresh storage key per test, so autosaves never leak between tests. */
export function uniqueKey(): string {
  return `corridor-flow-test:${Date.now()}:${++count}`;
}

/** Resolves with the next `name` event's detail fired by `target`. */
export function nextEvent<T>(target: EventTarget, name: string, timeoutMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve((event as CustomEvent<T>).detail);
      },
      { once: true },
    );
  });
}

/** Makes a `<corridor-flow>` with its own storage key; not yet in the page unless `attach`. */
export function makeApp(storageKey = uniqueKey()): CorridorFlow {
  const app = document.createElement('corridor-flow');
  app.storageKey = storageKey;
  return app;
}

/** A `data:` URL holding `value` as JSON: a scenario file the app can fetch. */
export function jsonUrl(value: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
}

export function shadow(app: CorridorFlow): ShadowRoot {
  return app.shadowRoot!;
}

/** Fires what the editor fires after a user edit. */
export function editFromEditor(app: CorridorFlow, scenario: unknown): void {
  const editor = shadow(app).querySelector('corridor-editor')!;
  editor.dispatchEvent(new CustomEvent('corridor-change', { detail: { scenario }, bubbles: true, composed: true }));
}

export function press(app: CorridorFlow, key: string, modifiers: { shift?: boolean } = {}): void {
  const target = shadow(app).querySelector('.base')!;
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey: modifiers.shift ?? false, bubbles: true, composed: true, cancelable: true }),
  );
}
