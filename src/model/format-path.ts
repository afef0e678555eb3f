/** One step of a JSON path: an object key or an array index. */
export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSON path in the notation of the errors (scenario-format.md):
 * `links[3].capacity`, `demands[0].from`, `` for the root. Keys that are not
 * identifiers are written `["a key"]` so the path stays unambiguous.
 */
export function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}
