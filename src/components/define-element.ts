/**
 * Registers a custom element once, and only where there is a registry: a
 * server-side rendering pass or a plain Node `import('corridor-flow')` has no
 * `customElements`, and importing the library there must not throw (the
 * classes stay importable; nothing is defined). A tag already taken (the
 * library loaded twice) keeps its first definition.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (registry !== undefined && registry.get(tag) === undefined) registry.define(tag, element);
}
