/**
 * Calls `report` at most once per `ms` (and always for the first and the
 * last step): a 1,000-solve batch then re-renders the panel a few dozen
 * times rather than a thousand, which keeps every main-thread task short.
 */
export function throttleProgress(report: (done: number, total: number) => void, ms = 100): (done: number, total: number) => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: [number, number] | null = null;
  const flush = (): void => {
    timer = undefined;
    if (pending === null) return;
    const [done, total] = pending;
    pending = null;
    last = performance.now();
    report(done, total);
  };
  return (done, total) => {
    pending = [done, total];
    if (done >= total || performance.now() - last >= ms) {
      clearTimeout(timer);
      flush();
    } else {
      timer ??= setTimeout(flush, ms - (performance.now() - last));
    }
  };
}
