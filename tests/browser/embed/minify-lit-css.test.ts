/**
 * The library build minifies our Lit `css` templates (scripts/minify-lit-css.js,
 * used by vite.lib.config.ts). Minified or not, the browser must read the
 * same style rules: checked on every css template in src/, by parsing both
 * texts into constructed stylesheets, as Lit does.
 */
import { describe, expect, it } from 'vitest';
import { cssTemplates, minifyCss, minifyCssTemplates } from '../../../scripts/minify-lit-css.js';

const sources = import.meta.glob<string>('../../../src/**/*.ts', { query: '?raw', import: 'default', eager: true });
const withCss = Object.entries(sources).filter(([, code]) => code.includes('css`'));

/** The rules the browser reads from a template's static text (interpolations stood in for by one value). */
function rules(parts: readonly string[]): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(parts.join('0'));
  // A value holding var() is kept as written, blanks and all; one blank or ten is the same CSS token.
  return [...sheet.cssRules].map((r) => r.cssText.replace(/\s+/g, ' '));
}

describe('minifyCssTemplates on the css templates of src/', () => {
  it('should find css templates to check', () => {
    // Every component has a styles file; fewer than ten found means the glob or the scanner broke.
    expect(withCss.length).toBeGreaterThanOrEqual(10);
  });

  it.each(withCss.map(([file, code]) => [file.replace(/^(\.\.\/)+/, ''), code] as const))(
    'should leave the style rules of %s as they are, on the same lines',
    (_file, code) => {
      const minified = minifyCssTemplates(code);
      expect(minified, 'the scanner gave up on this file').not.toBeNull();
      const before = cssTemplates(code)!;
      const after = cssTemplates(minified!)!;
      expect(after).toHaveLength(before.length);
      for (const [i, parts] of before.entries()) {
        // One rule a line, so a failure's diff shows the rule that changed.
        expect(rules(after[i]!).join('\n'), `template ${i + 1}`).toBe(rules(parts).join('\n'));
        expect(rules(parts).length, `template ${i + 1} has rules`).toBeGreaterThan(0);
      }
      expect(minified!.split('\n')).toHaveLength(code.split('\n').length);
    },
  );
});

describe('minifyCss', () => {
  it('should drop comments and blanks around braces and semicolons but keep line breaks and quoted strings', () => {
    expect(minifyCss("\n  .a  b {\n    content: '✓  ';  /* why */\n    color:  red;\n  }\n")).toBe("\n.a b{\ncontent: '✓  ';\ncolor: red;\n}\n");
  });

  it('should keep the blank of a descendant selector before a pseudo-class', () => {
    expect(rules([minifyCss('.a :focus-visible { color: red; }')])).toEqual(['.a :focus-visible { color: red; }']);
  });
});

describe('minifyCssTemplates', () => {
  it('should give up on a file whose interpolation holds a string, rather than guess', () => {
    expect(minifyCssTemplates("const s = css`a { color: ${'red'}; }`;")).toBeNull();
  });

  it('should not touch a template with another tag', () => {
    const code = 'const t = html`<p>  a  </p>`; const u = mycss`a  {  }`;';
    expect(minifyCssTemplates(code)).toBe(code);
  });
});
