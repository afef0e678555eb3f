const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size in bytes as people read it: binary units (1 MB = 1024 × 1024 bytes,
 * as the limits are set), at most three significant digits, no trailing
 * zeros: `20 MB`, `1.5 MB`, `0.98 MB`, `512 bytes`, `10.2 GB`. The one way sizes are
 * written in messages, by the model, the app and the command line.
 */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) {
    const whole = Math.round(bytes);
    return `${whole} ${whole === 1 ? 'byte' : 'bytes'}`;
  }
  let value = bytes / 1024;
  let unit = 0;
  // 1000 and up goes to the next unit too (0.98 MB, not 1000 KB), so no figure has four digits.
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Three significant digits, then trailing zeros dropped by the number conversion.
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${+value.toFixed(digits)} ${UNITS[unit]}`;
}

/**
 * A size over a limit, so that the two never read the same: `25 MB` against
 * `20 MB`, but `more than 20 MB` when `bytes` rounds to the limit's figure.
 */
export function formatSizeOver(bytes: number, limit: number): string {
  const text = formatSize(bytes);
  return bytes > limit && text === formatSize(limit) ? `more than ${text}` : text;
}
