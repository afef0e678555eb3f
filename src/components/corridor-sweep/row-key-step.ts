/**
 * The row a key moves the focus to in a chart of `count` rows drawn top to
 * bottom (tornado, uncertainty): ↓/↑ one row, Home the first, End the last,
 * clamped to the rows; null for any other key (the event is left alone).
 */
export function rowKeyStep(key: string, current: number, count: number): number | null {
  return key === 'ArrowDown' ? Math.min(count - 1, current + 1) : key === 'ArrowUp' ? Math.max(0, current - 1) : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
}
