import type { LpProblem } from '../src/lp/types';

/** The neutral LP as free-format MPS text (objective constant left out). */
export function writeMps(lp: LpProblem): string;
