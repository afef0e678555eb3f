import { monteCarlo } from '../analysis/monte-carlo';
import { solveManySequential } from '../analysis/solve-many-sequential';
import type { SolveOne } from '../analysis/types';
import type { CliIo } from './cli-io';
import { defaultSolve } from './default-solve';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { formatMonteCarloCsv } from '../analysis/format-monte-carlo-csv';
import { formatMonteCarloTable } from './format-monte-carlo-table';
import { summarizeMonteCarlo } from './summarize-monte-carlo';
import type { CliCommand } from './parse-args';
import { readScenarioOrReport } from './read-scenario';
import { resolveUncertainty } from './resolve-uncertainty';
import { writeProblems } from './write-problems';

/** Runs not optimal named on stderr at most; the rest are counted (all are in --csv). */
const LISTED_RUNS = 10;

/**
 * `corridor-flow montecarlo <file> --runs N --seed S [--vary …]…`: draws
 * every range `runs` times with `monteCarlo`; the same seed gives the same
 * numbers. Exit code as `sweep`: 3 if a solve failed, else 1 if a run is not
 * optimal, else 0.
 */
export async function montecarloCommand(
  command: Extract<CliCommand, { kind: 'montecarlo' }>,
  io: CliIo,
  solve: SolveOne = defaultSolve(),
): Promise<ExitCode> {
  const scenario = await readScenarioOrReport(command.file, io);
  if (scenario === null) return EXIT_CODE.invalid;
  const ranges = resolveUncertainty(scenario, command.vary);
  if (!ranges.ok) {
    writeProblems(io, ranges.errors);
    return EXIT_CODE.invalid;
  }
  const mc = await monteCarlo(scenario, solveManySequential(solve), { runs: command.runs, seed: command.seed, vary: ranges.vary });
  switch (command.output) {
    case 'json':
      io.stdout(`${JSON.stringify(summarizeMonteCarlo(mc), null, 2)}\n`);
      break;
    case 'csv':
      io.stdout(formatMonteCarloCsv(mc, (scenario.corridors ?? []).map((c) => c.id)));
      break;
    case 'table':
      io.stdout(formatMonteCarloTable(scenario.name, mc));
      break;
  }
  const failed = mc.results.flatMap((r, i) => (r.status === 'error' ? [{ run: i + 1, r }] : []));
  for (const { run, r } of failed.slice(0, LISTED_RUNS)) io.stderr(`run ${run}: solver failed: ${(r.diagnosis ?? ['no message']).join('; ')}\n`);
  if (failed.length > 0) return EXIT_CODE.internal;
  if (mc.notOptimal > 0) {
    const runs = mc.results.flatMap((r, i) => (r.status === 'optimal' ? [] : [i + 1]));
    const listed = runs.slice(0, LISTED_RUNS).join(', ') + (runs.length > LISTED_RUNS ? `, … (${runs.length - LISTED_RUNS} more)` : '');
    io.stderr(`${mc.notOptimal} of ${mc.runs} runs not optimal: run ${listed}\n`);
    return EXIT_CODE.notOptimal;
  }
  return EXIT_CODE.ok;
}
