import type { SolveOne } from '../analysis/types';
import { EXIT_CODE, type ExitCode } from './exit-code';
import type { CliIo } from './cli-io';
import { defaultSolve } from './default-solve';
import { formatSolveTable } from './format-solve-table';
import { formatMarginalRanges } from './format-marginal-ranges';
import { marginalRanges } from '../analysis/marginal-range';
import { solveManySequential } from '../analysis/solve-many-sequential';
import { readScenarioOrReport } from './read-scenario';
import { statusExitCode } from './status-exit-code';

/** `corridor-flow solve <file> [--json]`. */
export async function solveCommand(
  command: { readonly file: string; readonly json: boolean },
  io: CliIo,
  solve: SolveOne = defaultSolve(),
): Promise<ExitCode> {
  const scenario = await readScenarioOrReport(command.file, io);
  if (scenario === null) return EXIT_CODE.invalid;
  const result = await solve(scenario);
  io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : formatSolveTable(scenario, result));
  if (!command.json) io.stdout(formatMarginalRanges(await marginalRanges(scenario, result, solveManySequential(solve))));
  if (result.status === 'error') io.stderr(`solver failed: ${(result.diagnosis ?? ['no message']).join('; ')}\n`);
  return statusExitCode(result.status);
}
