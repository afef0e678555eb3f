/**
 * `src/client` (the solver client, the worker pool, the invariant check and
 * comlink under them) is a chunk of its own, loaded on the first solve or
 * analysis: a page that embeds `<corridor-flow>` downloads it only when
 * there is something to solve, not on `import 'corridor-flow'`.
 */
type Client = typeof import('../client');

let loading: Promise<Client> | null = null;

/** Loads `src/client` once (later calls share the load); after a failure the next call tries again. */
export function loadClient(): Promise<Client> {
  loading ??= import('../client').catch((error: unknown) => {
    loading = null;
    throw new Error(`the solver client could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  });
  return loading;
}
