/**
 * The JSON paths at which `b` differs from `a` (`links[3].capacity`,
 * `corridors[0]`), compared structurally. Used to tell whether two edits in
 * a row move the same lever, which makes them one undo step. Arrays of
 * different length differ as a whole.
 */
export function changedPaths(a: unknown, b: unknown, path = ''): string[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path];
    // Items kept as they were (the same object) are passed over before a path is made for them: an edit of one of
    // 10,000 links made 10,000 paths and lists, twice per edit.
    const paths: string[] = [];
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) paths.push(...changedPaths(a[i], b[i], `${path}[${i}]`));
    return paths;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => changedPaths(a[key], b[key], path === '' ? key : `${path}.${key}`));
  }
  return [path];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
