import { linspace, sweep } from '../analysis/sweep';
import { formatSweepCsv } from '../analysis/sweep-csv';
import type { Result } from '../model/types';
import type { SolveOne } from '../analysis/types';
import { EXIT_CODE, type ExitCode } from './exit-code';
import type { CliIo } from './cli-io';
import { formatSweepTable } from './format-sweep-table';
import { defaultSolve } from './default-solve';
import type { CliCommand } from './parse-args';
import { readScenarioOrReport } from './read-scenario';
import { writeProblems } from './write-problems';
import { printable } from '../analysis/printable';

/**
 * `corridor-flow sweep <file> --set <path> --from <a> --to <b> --steps <n>`.
 * Exit code: 3 if any solve failed, else 1 if any point is not optimal, else 0;
 * the reasons of every point that is not optimal go to stderr.
 */
export async function sweepCommand(
  command: Extract<CliCommand, { kind: 'sweep' }>,
  io: CliIo,
  solve: SolveOne = defaultSolve(),
): Promise<ExitCode> {
  const scenario = await readScenarioOrReport(command.file, io);
  if (scenario === null) return EXIT_CODE.invalid;
  const outcome = await sweep(scenario, command.set, linspace(command.from, command.to, command.steps), solve);
  if (!outcome.ok) {
    // The sweep names a bad path `parameter`; on the command line that is `--set`.
    writeProblems(io, outcome.errors.map((e) => (e.path === 'parameter' ? { ...e, path: '--set' } : e)));
    return EXIT_CODE.invalid;
  }
  const { points } = outcome.sweep;
  switch (command.output) {
    case 'json':
      io.stdout(`${JSON.stringify(outcome.sweep, null, 2)}\n`);
      break;
    case 'csv':
      io.stdout(formatSweepCsv(outcome.sweep));
      break;
    case 'table':
      io.stdout(formatSweepTable(scenario.name, outcome.sweep));
      break;
  }
  for (const { value, result } of points) {
    if (result.status !== 'optimal') io.stderr(`${printable(command.set)} = ${value}: ${result.status}: ${printable(reasons(result))}\n`);
  }
  if (points.some((p) => p.result.status === 'error')) return EXIT_CODE.internal;
  if (points.some((p) => p.result.status !== 'optimal')) return EXIT_CODE.notOptimal;
  return EXIT_CODE.ok;
}

function reasons(result: Result): string {
  return (result.diagnosis ?? []).join('; ') || 'no reason given';
}
