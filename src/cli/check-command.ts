import { dirname, join } from 'node:path';
import { formatProblem } from '../model/format-problem';
import { parseScenario } from '../model/parse-scenario';
import { runCheck } from '../testing/run-check';
import type { CheckReport, SolveFunction } from '../testing/types';
import type { CliIo } from './cli-io';
import { counterExampleScenario } from './counter-example-scenario';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { formatCheckReport } from './format-check-report';
import { lazySolver } from './lazy-solver';
import type { CliCommand } from './parse-args';
import { fileErrorMessage, readScenarioOrReport } from './read-scenario';

/** The counter-example's file name when `--out` is not given, beside the input. */
export const COUNTER_EXAMPLE_FILE = 'counterexample.json';

/**
 * `corridor-flow check <file>`: `runCheck` (every invariant of the result
 * and every metamorphic relation) on variants of the user's scenario. A
 * counter-example is written as a scenario file and its path printed.
 * Exit code: 0 when every check holds, 1 when one fails, 2 for bad input
 * (also a counter-example that cannot be written where `--out` says).
 *
 * `solve` is the solver under check, by default the project's glpk.js
 * solver, loaded before the run so that a solver that cannot load is an
 * internal failure (exit 3), not a check that fails on every case.
 */
export async function checkCommand(
  command: Extract<CliCommand, { kind: 'check' }>,
  io: CliIo,
  solve?: SolveFunction,
): Promise<ExitCode> {
  const scenario = await readScenarioOrReport(command.file, io);
  if (scenario === null) return EXIT_CODE.invalid;
  const solveFunction = solve ?? (await loadSolve());
  const report = await runCheck(scenario, {
    solve: solveFunction,
    ...(command.runs !== undefined ? { runs: command.runs } : {}),
    ...(command.seed !== undefined ? { seed: command.seed } : {}),
  });
  const holds = report.checks.every((c) => c.failures === 0);

  let written: string | undefined;
  let exitCode: ExitCode = holds ? EXIT_CODE.ok : EXIT_CODE.notOptimal;
  if (report.counterExample !== undefined) {
    const path = command.out ?? (command.file === '-' ? COUNTER_EXAMPLE_FILE : join(dirname(command.file), COUNTER_EXAMPLE_FILE));
    const file = counterExampleScenario(scenario, report.counterExample, report.seed);
    const valid = parseScenario(file);
    if (!valid.ok) {
      // The variants keep the user's structure and move numbers within their ranges: this is a bug of ours.
      throw new Error(`checkCommand: the counter-example is not a valid scenario: ${valid.errors.map(formatProblem).join('; ')}`);
    }
    try {
      await io.writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
      written = path;
    } catch (error) {
      io.stderr(`${path}: cannot write the counter-example: ${fileErrorMessage(error)}\n`);
      exitCode = EXIT_CODE.invalid;
    }
  }
  io.stdout(command.json ? `${JSON.stringify(checkJson(command.file, report, holds, written), null, 2)}\n` : formatCheckReport(scenario.name, report, written));
  return exitCode;
}

async function loadSolve(): Promise<SolveFunction> {
  const solver = await lazySolver()();
  return (scenario) => solver.solve(scenario);
}

/** What `check --json` prints. */
function checkJson(file: string, report: CheckReport, holds: boolean, written: string | undefined) {
  const ce = report.counterExample;
  return {
    file,
    seed: report.seed,
    holds,
    checks: report.checks,
    ...(ce !== undefined
      ? {
          counterExample: {
            check: ce.check,
            ...(ce.params !== undefined ? { params: ce.params } : {}),
            violations: ce.violations,
            file: written ?? null,
          },
        }
      : {}),
  };
}
