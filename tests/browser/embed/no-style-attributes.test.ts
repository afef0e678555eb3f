/**
 * Under `style-src 'self'` a page refuses every style attribute a script
 * writes, and Lit writes one for `style="…"` in a template and for
 * `styleMap` (on its first render). So no template in src/ may use either:
 * computed styles go through `styleProps` (the CSSOM) or SVG presentation
 * attributes. The end-to-end test checks the running app under a real CSP;
 * this check also covers what it does not render (tooltips, other states).
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('../../../src/**/*.ts', { query: '?raw', import: 'default', eager: true });

/** Every line of src/ that writes a style attribute from a template or uses styleMap, as `file: line`. */
function styleAttributeWriters(): string[] {
  const found: string[] = [];
  for (const [path, code] of Object.entries(sources)) {
    const file = path.replace(/^(\.\.\/)+/, '');
    if (file === 'src/components/style-props.ts') continue; // explains styleMap in its comments
    for (const line of code.split('\n')) {
      const attribute = /\bstyle=/.test(line) && !/\bstyle=\$\{styleProps\(/.test(line);
      const map = /\bstyleMap\b|directives\/style-map/.test(line);
      if (attribute || map) found.push(`${file}: ${line.trim()}`);
    }
  }
  return found;
}

describe('templates in src/', () => {
  it('should set computed styles only through styleProps, never as a style attribute or with styleMap', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(styleAttributeWriters()).toEqual([]);
  });
});
