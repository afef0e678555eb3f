/**
 * What a number field's text means. Outcomes as data: the editor passes every
 * outcome on (an `invalid` text travels to the validator as the string the
 * user typed, so its message quotes it), it never drops input.
 */
export type NumberText =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly text: string };

/** Thousands grouped by commas, e.g. `1,500,000.25`; a lone comma is ambiguous (decimal comma?). */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads what a user typed in a number field: plain (`4000000`, `4e6`, `-5`),
 * grouped by commas (`4,000,000`) or spaces/underscores (`4 000 000`,
 * `4_000_000`); a typographic minus counts as a minus. `unlimited` and `∞`
 * mean an absent value, as an empty field does. Anything else (`abc`, `1,5`)
 * is `invalid` and keeps the text, trimmed.
 */
export function parseNumberText(raw: string): NumberText {
  const text = raw.trim();
  if (text === '' || /^(unlimited|∞)$/i.test(text)) return { kind: 'empty' };
  const compact = text.replace(/[\s_\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  let candidate: string | undefined;
  if (GROUPED.test(compact)) candidate = compact.replace(/,/g, '');
  else if (PLAIN.test(compact)) candidate = compact;
  const value = candidate === undefined ? Number.NaN : Number(candidate);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text };
}
