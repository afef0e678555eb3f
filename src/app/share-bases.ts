import { parseScenario } from '../model/parse-scenario';
import type { Scenario } from '../model/types';
import { MODEL_FILES, type ModelFile } from './model-files';
import type { ShareBase } from './share-url';

/**
 * The shipped models as share links name them: a link made from one of them
 * (or from a file close to one) carries only the edits. Fetched on the first
 * Share click or `#share=2.` link, then kept for the page's life.
 */
const cache = new Map<string, Promise<Scenario | null>>();

/** The shipped model `id`, parsed, or null when it is not shipped or does not load. */
export function loadShareBase(id: string, files: readonly ModelFile[] = MODEL_FILES): Promise<Scenario | null> {
  const file = files.find((m) => m.id === id);
  if (file === undefined) return Promise.resolve(null);
  let loading = cache.get(file.url);
  if (loading === undefined) {
    loading = fetch(new URL(file.url, document.baseURI))
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => {
        if (text === null) return null;
        const parsed = parseScenario(text);
        return parsed.ok ? parsed.scenario : null;
      })
      .catch(() => null);
    cache.set(file.url, loading);
  }
  return loading;
}

/** Every shipped model that loads, as bases for `encodeShare`; one that fails to load is left out (the link is then longer). */
export async function loadShareBases(files: readonly ModelFile[] = MODEL_FILES): Promise<ShareBase[]> {
  const loaded = await Promise.all(files.map(async (file) => ({ id: file.id, scenario: await loadShareBase(file.id, files) })));
  return loaded.filter((base): base is ShareBase => base.scenario !== null);
}
