import { msg } from '@lit/localize';

/**
 * Whether a link or node holds a fitted number rather than a tariff: the
 * calibration writes an `assumption` beginning "calibrated" on every item
 * whose cost it changed (and, from the engine, an extension field
 * `calibrated`). Either is enough, so a file calibrated elsewhere and edited
 * by hand is still marked. One predicate for the editor, "what binds", the
 * observations table and the exports.
 */
export function isCalibrated(item: { readonly assumption?: unknown; readonly calibrated?: unknown } | null | undefined): boolean {
  if (item === null || item === undefined) return false;
  const flag = item.calibrated;
  if (flag !== undefined && flag !== null && flag !== false) return true;
  return typeof item.assumption === 'string' && /^\s*calibrated\b/i.test(item.assumption);
}

/** The words shown beside a calibrated cost, wherever it appears. */
export const CALIBRATED_MARK = 'calibrated';
/** What the mark means, for a tooltip or a screen reader. */
export const CALIBRATED_TITLE = 'A fitted cost: set by calibration to reproduce observed flows, not a published tariff.';

/** `CALIBRATED_TITLE` in the page's language (the constant stays English for the exports). */
export function calibratedTitle(): string {
  return msg('A fitted cost: set by calibration to reproduce observed flows, not a published tariff.');
}
