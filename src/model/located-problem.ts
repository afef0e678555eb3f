import { formatPath, type PathKey } from './format-path';
import type { Problem } from './types';

/** A problem while its path is still a list of keys, so problems can be sorted by where they are. */
export interface LocatedProblem {
  readonly keys: readonly PathKey[];
  readonly message: string;
}

/** The order of the top-level fields in the format, which is the order problems are listed in. */
const SECTIONS = ['format', 'name', 'description', 'sources', 'nodes', 'links', 'corridors', 'demands', 'uncertainty'];

/**
 * Problems in reading order: the whole input first, then by top-level field
 * in the format's order, then by item, so that every problem of `links[3]`
 * is listed together; otherwise in the order they were found.
 */
export function toProblems(located: readonly LocatedProblem[]): Problem[] {
  const rank = (problem: LocatedProblem): number => {
    const section = problem.keys[0];
    if (section === undefined) return -1;
    const index = typeof section === 'string' ? SECTIONS.indexOf(section) : -1;
    return index === -1 ? SECTIONS.length : index;
  };
  const item = (problem: LocatedProblem): number => {
    const index = problem.keys[1];
    return typeof index === 'number' ? index : -1;
  };
  return located
    .map((problem, order) => ({ problem, order, rank: rank(problem), item: item(problem) }))
    .sort((a, b) => a.rank - b.rank || a.item - b.item || a.order - b.order)
    .map(({ problem }) => ({ path: formatPath(problem.keys), message: problem.message }));
}
