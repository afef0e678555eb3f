import type { Problem } from './types';

/** `path: message`, or just the message for a problem of the whole input (path ``). */
export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
