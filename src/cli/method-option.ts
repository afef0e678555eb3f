import type { SolveMethod } from '../lp/solve-by-method';
import type { Problem } from '../model/types';

/**
 * The methods by name, here rather than imported from src/lp: `--help` and
 * `--version` load no LP code (a test checks it). The type check below keeps
 * the list equal to `SolveMethod`, both ways.
 */
const SOLVE_METHODS = ['arc', 'columns', 'paths', 'auto'] as const satisfies readonly SolveMethod[];
type Exhaustive = [SolveMethod] extends [(typeof SOLVE_METHODS)[number]] ? true : never;
const exhaustive: Exhaustive = true;
void exhaustive;

/** What every command that solves one-year scenarios takes: spread into its entry of the option table. */
export const METHOD_OPTIONS = { '--method': 'value' } as const;

/** The part of a command that says how its LPs are solved (see `solveByMethod`). */
export interface MethodChosen {
  /** undefined: `auto`. */
  readonly method?: SolveMethod;
}

/**
 * `--method arc|columns|paths|auto` as given to a command (`values` is the
 * command's options as read). Every method gives the same optimum; only the
 * time differs. Spread the answer into the command.
 */
export function readMethod(values: ReadonlyMap<string, string | undefined>, errors: Problem[]): MethodChosen {
  const text = values.get('--method');
  if (text === undefined) return {};
  const method = SOLVE_METHODS.find((m) => m === text);
  if (method === undefined) {
    errors.push({ path: '--method', message: `expected one of ${SOLVE_METHODS.join(', ')}, got "${text}"` });
    return {};
  }
  return { method };
}
