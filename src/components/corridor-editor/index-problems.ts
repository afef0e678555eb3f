import type { Problem } from '../../model/types';

/** Where the editor shows a problem: the key of one field (`links[3].capacity`) or of one item (`links[3]`). */
export interface ProblemIndex {
  /** Messages for a field key (`links[3].capacity`) or item key (`links[3]`). */
  at(key: string): readonly string[];
  /** How many problems name something inside a collection (`links`). */
  countIn(collection: string): number;
  /** Every problem, in the order given. */
  readonly all: readonly Problem[];
}

/**
 * The field a problem path belongs to: `links[3].capacity` stays as it is,
 * deeper paths fold onto their field (`corridors[1].gates[2]` →
 * `corridors[1].gates`), `links[3]` is the item, anything else (``, `name`,
 * `links`) keys itself.
 */
export function problemKey(path: string): string {
  const m = /^([A-Za-z]+)\[(\d+)\](?:\.([A-Za-z0-9_]+))?/.exec(path);
  if (m === null) return path;
  return m[3] === undefined ? `${m[1]}[${m[2]}]` : `${m[1]}[${m[2]}].${m[3]}`;
}

export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const byKey = new Map<string, string[]>();
  const byCollection = new Map<string, number>();
  for (const p of problems) {
    const key = problemKey(p.path);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [p.message]);
    else list.push(p.message);
    const collection = /^([A-Za-z]+)(\[|$)/.exec(p.path)?.[1];
    if (collection !== undefined) byCollection.set(collection, (byCollection.get(collection) ?? 0) + 1);
  }
  return {
    at: (key) => byKey.get(key) ?? [],
    countIn: (collection) => byCollection.get(collection) ?? 0,
    all: problems,
  };
}

/** The item and field a problem names (`links[3].capacity`; an item alone is its `id`); null for the scenario's own fields. */
export function problemLocation(path: string): { readonly collection: string; readonly index: number; readonly field: string } | null {
  const m = /^([A-Za-z]+)\[(\d+)\](?:\.(.+))?$/.exec(problemKey(path));
  if (m === null || m[1] === undefined) return null;
  return { collection: m[1], index: Number(m[2]), field: m[3] ?? 'id' };
}
