/** Project index of a path inside a project (`projects[2].adds[0].set`, `projects[2]`), else null. */
export function projectIndex(path: string): number | null {
  const m = /^projects\[(\d+)\](?:$|[.[])/.exec(path);
  return m === null ? null : Number(m[1]);
}

/** The unfolded projects once project `removed` is gone: it closes, the ones after it move up one. */
export function projectsAfterRemoval(open: ReadonlySet<number>, removed: number): ReadonlySet<number> {
  return new Set([...open].filter((i) => i !== removed).map((i) => (i > removed ? i - 1 : i)));
}
