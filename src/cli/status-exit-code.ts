import type { SolveStatus } from '../model/types';
import { EXIT_CODE, type ExitCode } from './exit-code';

/** `optimal` → 0; `infeasible`, `unbounded` → 1 (solved, no optimum); `error`, `time-limit` → 3. */
export function statusExitCode(status: SolveStatus): ExitCode {
  switch (status) {
    case 'optimal':
      return EXIT_CODE.ok;
    case 'infeasible':
    case 'unbounded':
      return EXIT_CODE.notOptimal;
    case 'error':
    case 'time-limit':
      return EXIT_CODE.internal;
  }
}
