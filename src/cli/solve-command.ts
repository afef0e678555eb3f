import type { SolveOne } from '../analysis/types';
import type { Result, Scenario } from '../model/types';
import { EXIT_CODE, type ExitCode } from './exit-code';
import type { CliIo } from './cli-io';
import { defaultSolve } from './default-solve';
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
  if (command.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else await printTables(scenario, result, io, solve);
  if (result.status === 'error') io.stderr(`solver failed: ${(result.diagnosis ?? ['no message']).join('; ')}\n`);
  return statusExitCode(result.status);
}

/** The readable answer; loaded only for it, so `--json` loads no table code. */
async function printTables(scenario: Scenario, result: Result, io: CliIo, solve: SolveOne): Promise<void> {
  const [{ formatSolveTable }, { formatMarginalRanges }, { marginalRanges }, { solveManySequential }] = await Promise.all([
    import('./format-solve-table'),
    import('./format-marginal-ranges'),
    import('../analysis/marginal-range'),
    import('../analysis/solve-many-sequential'),
  ]);
  io.stdout(formatSolveTable(scenario, result));
  io.stdout(formatMarginalRanges(await marginalRanges(scenario, result, solveManySequential(solve))));
}
