import { resilience } from '../analysis/resilience';
import { solveManySequential } from '../analysis/solve-many-sequential';
import type { SolveOne } from '../analysis/types';
import type { Result } from '../model/types';
import type { CliIo } from './cli-io';
import { defaultSolve } from './default-solve';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { formatResilienceCsv } from '../analysis/format-resilience-csv';
import { formatResilienceTable } from './format-resilience-table';
import type { CliCommand } from './parse-args';
import { readScenarioOrReport } from './read-scenario';
import { summarizeResilience } from '../analysis/summarize-resilience';
import { statusExitCode } from './status-exit-code';

/**
 * `corridor-flow resilience <file>`: N−1 with `resilience`. A closure that
 * leaves demand unserved is a finding, not a failure: the exit code is the
 * base scenario's (0 optimal, 1 not), or 3 when any solve failed.
 */
export async function resilienceCommand(
  command: Extract<CliCommand, { kind: 'resilience' }>,
  io: CliIo,
  solve: SolveOne = defaultSolve(),
): Promise<ExitCode> {
  const scenario = await readScenarioOrReport(command.file, io);
  if (scenario === null) return EXIT_CODE.invalid;
  const analysis = await resilience(scenario, solveManySequential(solve), command.valueOfLostLoad === undefined ? {} : { valueOfLostLoad: command.valueOfLostLoad });
  const summary = summarizeResilience(analysis);
  switch (command.output) {
    case 'json':
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      break;
    case 'csv':
      io.stdout(formatResilienceCsv(summary));
      break;
    case 'table':
      io.stdout(formatResilienceTable(scenario.name, summary));
      break;
  }
  const solves: readonly { readonly what: string; readonly result: Result }[] = [
    { what: 'base scenario', result: analysis.base },
    { what: 'without share bounds', result: analysis.withoutShareBounds },
    ...analysis.closures.map((c) => ({ what: `${c.kind} ${c.id} closed`, result: c.result })),
  ];
  const failed = solves.filter((s) => s.result.status === 'error');
  for (const { what, result } of failed) io.stderr(`solver failed (${what}): ${(result.diagnosis ?? ['no message']).join('; ')}\n`);
  if (failed.length > 0) return EXIT_CODE.internal;
  if (analysis.base.status !== 'optimal') {
    io.stderr(`base scenario: ${analysis.base.status}: ${(analysis.base.diagnosis ?? []).join('; ') || 'no reason given'}\n`);
  }
  return statusExitCode(analysis.base.status);
}
