import { EXIT_CODE, type ExitCode } from './exit-code';
import type { CliIo } from './cli-io';
import { formatSolveTable } from './format-solve-table';
import { lazySolver } from './lazy-solver';
import { readScenario } from './read-scenario';
import { statusExitCode } from './status-exit-code';
import { writeProblems } from './write-problems';

/** `corridor-flow solve <file> [--json]`. */
export async function solveCommand(command: { readonly file: string; readonly json: boolean }, io: CliIo): Promise<ExitCode> {
  const parsed = await readScenario(command.file, io);
  if (!parsed.ok) {
    writeProblems(io, parsed.errors);
    return EXIT_CODE.invalid;
  }
  writeProblems(io, parsed.warnings, 'warning: ');
  const solver = await lazySolver()();
  const result = solver.solve(parsed.scenario);
  io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : formatSolveTable(parsed.scenario, result));
  if (result.status === 'error') io.stderr(`solver failed: ${(result.diagnosis ?? ['no message']).join('; ')}\n`);
  return statusExitCode(result.status);
}
