import { zeroResult } from '../../../../src/lp/zero-result';
import type { Result, Scenario } from '../../../../src/model/types';
import type { SolverHost } from '../../../../src/cli/solver-host';
import type { CliIo } from '../../../../src/cli/cli-io';
import { captureIo } from './run-in-process';
import { runCli } from '../../../../src/cli/run-cli';

/** A stoppable host whose solves never answer, as one wasm call of an endless solve: only `stop` ends them. */
export function hangingHost(): SolverHost & { readonly stops: () => number; readonly solves: () => number } {
  let stops = 0;
  let solves = 0;
  const pending: ((error: Error) => void)[] = [];
  return {
    stoppable: true,
    solve: () => {
      solves += 1;
      return new Promise<Result>((_, reject) => pending.push(reject));
    },
    stop: async () => {
      stops += 1;
      for (const reject of pending.splice(0)) reject(new Error('the solver thread was stopped'));
    },
    stops: () => stops,
    solves: () => solves,
  };
}

/** A host that answers each solve with `answer(scenario)`, or throws what it throws. */
export function answeringHost(answer: (scenario: Scenario) => Result | Promise<Result>): SolverHost {
  return { stoppable: true, solve: async (scenario) => await answer(scenario), stop: async () => undefined };
}

/** A result such as GLPK's own time limit gives (status `time-limit`, no figures). */
export function timeLimitResult(scenario: Scenario): Result {
  return zeroResult(scenario, 'time-limit', { name: 'fake', version: '0', ms: 0 }, ['GLPK stopped at its time limit']);
}

/** runCli in this process with `host` as its solver thread, and stderr a terminal or not. */
export async function runWithHost(
  argv: readonly string[],
  host: SolverHost,
  options: { readonly files?: Readonly<Record<string, string>>; readonly stderrIsTTY?: boolean } = {},
) {
  const { io, output } = captureIo(options.files ? { files: options.files } : {});
  const withHost: CliIo = { ...io, startSolverThread: () => host, stderrIsTTY: options.stderrIsTTY ?? false };
  const code = await runCli(argv, withHost);
  return { code, ...output() };
}
