/**
 * Minifies the CSS of Lit `css` tagged templates in source text, for the
 * library build (vite.lib.config.ts): the elements' styles are ≈28 kB of
 * indented, commented CSS, sent to every page that embeds them.
 *
 * Deliberately small and conservative, because it runs on code, not on CSS
 * files:
 * - only the static text of a css`…` template changes, never an
 *   interpolation `${…}`, never text outside the template;
 * - comments go; runs of spaces and tabs become one space; the blanks around
 *   `{`, `}` and `;` go; quoted strings (`content: '✓ '`) are left as they are;
 * - line breaks are kept, so the build's source maps still point at the right
 *   lines;
 * - a template it cannot read with certainty (an interpolation that holds a
 *   string or a template of its own) leaves the whole file unchanged.
 *
 * tests/browser/embed/minify-lit-css.test.ts checks, for every css template
 * of src/, that the browser parses the minified text to the same rules.
 */

/**
 * `code` with the static text of every css`…` template minified, or null when
 * a template cannot be read with certainty (then nothing is changed).
 */
export function minifyCssTemplates(code) {
  const parts = cssTemplateParts(code);
  if (parts === null) return null;
  let out = '';
  let from = 0;
  for (const { start, end } of parts) {
    out += code.slice(from, start) + minifyCss(code.slice(start, end));
    from = end;
  }
  return out + code.slice(from);
}

/**
 * The static text of every css`…` template in `code`, one array per template
 * (the text between its interpolations), or null when a template cannot be
 * read with certainty.
 */
export function cssTemplates(code) {
  const parts = cssTemplateParts(code);
  if (parts === null) return null;
  const templates = [];
  for (const { start, end, template } of parts) {
    (templates[template] ??= []).push(code.slice(start, end));
  }
  return templates;
}

/** Where the static text of each css template is: `{ start, end, template }` (template = its index). */
function cssTemplateParts(code) {
  const parts = [];
  let template = 0;
  let at = code.indexOf('css`');
  while (at >= 0) {
    // The tag itself, not `xcss\`` or `a.css\``.
    if (at > 0 && /[\w$.]/.test(code[at - 1])) {
      at = code.indexOf('css`', at + 4);
      continue;
    }
    let j = at + 4;
    let start = j;
    for (;;) {
      const ch = code[j];
      if (ch === undefined) return null;
      if (ch === '\\') {
        j += 2;
      } else if (ch === '`') {
        parts.push({ start, end: j, template });
        j += 1;
        break;
      } else if (ch === '$' && code[j + 1] === '{') {
        parts.push({ start, end: j, template });
        let depth = 1;
        j += 2;
        while (depth > 0) {
          const c = code[j];
          if (c === undefined || c === '`' || c === "'" || c === '"') return null;
          if (c === '{') depth += 1;
          else if (c === '}') depth -= 1;
          j += 1;
        }
        start = j;
      } else {
        j += 1;
      }
    }
    template += 1;
    at = code.indexOf('css`', j);
  }
  return parts;
}

/** One piece of static CSS text, minified as described above. */
export function minifyCss(text) {
  return text
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a quoted string
      return part
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
        .replace(/[ \t]*\n\s*/g, (run) => '\n'.repeat(run.split('\n').length - 1))
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?([{};]) ?/g, '$1');
    })
    .join('');
}
