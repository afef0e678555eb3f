/**
 * Records every `setAttribute('style', …)` on any element until `stop()`:
 * the writes a page under `style-src 'self'` refuses (`style-src-attr`).
 * Setting properties through the CSSOM (`element.style.setProperty`) is not a
 * write of the attribute and is not recorded.
 */
export function recordStyleAttributeWrites(): { readonly writes: readonly string[]; stop(): void } {
  const writes: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
    if (name.toLowerCase() === 'style') writes.push(`<${this.localName}> style="${value}"`);
    original.call(this, name, value);
  };
  return {
    writes,
    stop: () => {
      Element.prototype.setAttribute = original;
    },
  };
}
