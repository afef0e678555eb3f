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

/** What the mark beside a calibrated cost means, for a tooltip or a screen reader, in the page's language. */
export function calibratedTitle(): string {
  return msg('A fitted cost: set by calibration to reproduce observed flows, not a published tariff.');
}
