import type { SolveStatus } from '../model/types';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { statusExitCode } from './status-exit-code';

/** The exit code of several solves: the worst of theirs (3 if any failed, else 1 if any is not optimal, else 0). */
export function batchExitCode(statuses: readonly SolveStatus[]): ExitCode {
  return statuses.reduce<ExitCode>((worst, status) => Math.max(worst, statusExitCode(status)) as ExitCode, EXIT_CODE.ok);
}
