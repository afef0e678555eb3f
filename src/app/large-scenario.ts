/**
 * From this many nodes, links and demands together a scenario set as a
 * whole (the page's property, a file or a model loaded by URL) is validated
 * in slices, the page drawing between them; below, at once. Measured in
 * Chromium and Node on this kind of machine: the whole check costs about
 * 5 µs per item (a 12,355-item grid: 38–75 ms quiet), its longest step
 * about a third of that, so slicing starts where one task of the whole
 * check would pass ~10 ms. The shipped models have at most 76 items.
 */
export const SLICED_VALIDATION_ITEMS = 2_000;

/**
 * JSON text from this many characters counts as large (the 12,355-item grid
 * is 1.08M characters, about 90 per item): decided before it is parsed.
 */
export const SLICED_VALIDATION_CHARACTERS = SLICED_VALIDATION_ITEMS * 90;

/** Whether `input` (JSON text or a value, as the scenario setter takes it) is large enough to validate in slices. */
export function isLargeScenarioInput(input: unknown): boolean {
  if (typeof input === 'string') return input.length >= SLICED_VALIDATION_CHARACTERS;
  if (typeof input !== 'object' || input === null) return false;
  let items = 0;
  for (const key of ['nodes', 'links', 'demands'] as const) {
    // A plain read of own data only: a hostile getter is for validation to report, not for this count to run.
    const descriptor = Object.getOwnPropertyDescriptor(input, key);
    const value: unknown = descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
    if (Array.isArray(value)) items += value.length;
  }
  return items >= SLICED_VALIDATION_ITEMS;
}

type LargeScenarioChunk = typeof import('./large-scenario-chunk');

let loaded: LargeScenarioChunk | null = null;

/** large-scenario-chunk.ts once it has arrived, else null. */
export function loadedLargeScenarioChunk(): LargeScenarioChunk | null {
  return loaded;
}

/** Loads large-scenario-chunk.ts: asked for with the first large scenario, before anything of it is needed. */
export function loadLargeScenarioChunk(): Promise<LargeScenarioChunk> {
  return import('./large-scenario-chunk').then((chunk) => (loaded = chunk));
}

/**
 * `pauseForPage` (pause-for-page.ts), from the chunk: for work that only a large scenario or answer does. Called
 * straight once the chunk is there: `scheduler.yield()` keeps the work's place only if nothing comes between.
 */
export function pauseForLargeWork(): Promise<void> {
  return loaded?.pauseForPage() ?? loadLargeScenarioChunk().then((chunk) => chunk.pauseForPage());
}
