/**
 * Lets the page handle input and draw, then resumes: `scheduler.yield()`
 * where the browser has it (the continuation keeps its place ahead of other
 * tasks), else a macrotask.
 */
export function pauseForPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
