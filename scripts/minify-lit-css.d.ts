/** `code` with the static text of every css`…` template minified, or null when a template cannot be read with certainty. */
export function minifyCssTemplates(code: string): string | null;
/** The static text of every css`…` template in `code` (one array per template, split at its interpolations), or null. */
export function cssTemplates(code: string): string[][] | null;
/** One piece of static CSS text, minified: comments out, blanks collapsed, line breaks kept, quoted strings untouched. */
export function minifyCss(text: string): string;
