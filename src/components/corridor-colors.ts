/**
 * Colours of corridors in every chart. A page themes them with CSS custom
 * properties (`--corridor-color-<id>`, `--corridor-color-other`,
 * `--corridor-color-unmet`); without one, the scenario's own `color` is
 * used, and without that a default below. Components paint with
 * `var(--corridor-color-<id>, <fallback>)`, so the cascade decides and no
 * script has to read styles.
 */

/**
 * Defaults for the corridors the project models. Dark enough for white
 * labels (contrast ≥ 4.5:1) and told apart by the common colour-vision
 * deficiencies (after Okabe & Ito's palette, darkened).
 */
export const KNOWN_CORRIDOR_COLORS: Readonly<Record<string, string>> = {
  titr: '#1f62a8',
  tripp: '#b2531a',
  iran: '#1d7a5a',
  northern: '#a23f7c',
};

/** For corridors with other ids, by their position in the scenario. */
export const CORRIDOR_PALETTE = [
  '#1f62a8',
  '#b2531a',
  '#1d7a5a',
  '#a23f7c',
  '#5a4fa8',
  '#8a6d00',
  '#2f7f8f',
  '#8c2f39',
] as const;

/** Served tonnes that cross no gate. */
export const OTHER_COLOR = '#69727d';
/** Demand left unserved. */
export const UNMET_COLOR = '#b3261e';

export const OTHER_COLOR_PROPERTY = '--corridor-color-other';
export const UNMET_COLOR_PROPERTY = '--corridor-color-unmet';

/**
 * The custom property that themes a corridor: `--corridor-color-titr`.
 * Ids may hold `.`, which a property name must escape (`--corridor-color-a\.b`).
 */
export function corridorColorProperty(id: string): string {
  return `--corridor-color-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`)}`;
}

/** The default colour of a corridor: its own if the project knows it, else by position. */
export function defaultCorridorColor(id: string, index: number): string {
  const known = KNOWN_CORRIDOR_COLORS[id.toLowerCase()];
  if (known !== undefined) return known;
  const at = ((index % CORRIDOR_PALETTE.length) + CORRIDOR_PALETTE.length) % CORRIDOR_PALETTE.length;
  return CORRIDOR_PALETTE[at] ?? OTHER_COLOR;
}

/**
 * A scenario's `color` is untrusted text that ends up in a style: keep it
 * only if it is one CSS colour and nothing else (no `;`, no `url(`).
 */
export function safeCssColor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  if (!/^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([0-9a-z.,%\s/+-]*\))$/.test(trimmed)) {
    return undefined;
  }
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && !CSS.supports('color', trimmed)) {
    return undefined;
  }
  return trimmed;
}

/** The fallback a corridor is painted with when no custom property is set. */
export function corridorFallbackColor(corridor: { readonly id: string; readonly color?: string }, index: number): string {
  return safeCssColor(corridor.color) ?? defaultCorridorColor(corridor.id, index);
}

/** `var(--corridor-color-<id>, <fallback>)`: what a style uses to paint a corridor. */
export function corridorColor(corridor: { readonly id: string; readonly color?: string }, index: number): string {
  return `var(${corridorColorProperty(corridor.id)}, ${corridorFallbackColor(corridor, index)})`;
}

export const OTHER_PAINT = `var(${OTHER_COLOR_PROPERTY}, ${OTHER_COLOR})`;
export const UNMET_PAINT = `var(${UNMET_COLOR_PROPERTY}, ${UNMET_COLOR})`;
