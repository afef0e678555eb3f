/**
 * Puts a component into a fresh container with `lang="en-US"` (so numbers
 * format the same on every machine) and waits for its first render.
 */
export async function mount<T extends HTMLElement>(
  element: T,
  props: Partial<T> = {},
  width = 900,
): Promise<T> {
  const container = document.createElement('div');
  container.lang = 'en-US';
  container.style.width = `${width}px`;
  container.style.padding = '16px';
  container.style.background = '#fff';
  container.append(element);
  Object.assign(element, props);
  document.body.append(container);
  await (element as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Removes everything the previous test mounted. */
export function unmountAll(): void {
  document.body.replaceChildren();
}

/** The shadow root's element matching `selector`, or a failure naming what was missing. */
export function shadowQuery<E extends Element = HTMLElement>(host: HTMLElement, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (found === null || found === undefined) throw new Error(`no ${selector} in <${host.localName}>'s shadow root`);
  return found;
}

export function shadowQueryAll<E extends Element = HTMLElement>(host: HTMLElement, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}
