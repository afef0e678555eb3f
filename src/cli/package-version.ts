import { readFile } from 'node:fs/promises';

/**
 * The `version` of the corridor-flow package.json above this module: read at
 * run time (only for `--version`) by walking up from here, so it is the same
 * from `src/cli/` in tests and from `dist-cli/` when built, and never stale
 * after a version bump without a rebuild.
 */
export async function packageVersion(from: URL = new URL('.', import.meta.url)): Promise<string> {
  for (let dir = from; ; dir = new URL('..', dir)) {
    const text = await readFile(new URL('package.json', dir), 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const json = JSON.parse(text) as { name?: unknown; version?: unknown };
      if (json.name === 'corridor-flow' && typeof json.version === 'string') return json.version;
    }
    if (new URL('..', dir).href === dir.href) throw new Error(`packageVersion: no corridor-flow package.json above ${from.href}`);
  }
}
