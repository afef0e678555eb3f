import type { SolveOne } from '../analysis/types';
import { zeroResult } from '../lp/zero-result';
import type { Result, Scenario } from '../model/types';
import type { CliIo } from './cli-io';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { describeMemoryFailure, isAllocationFailure, isOutOfMemoryResult } from './memory-failure';
import type { OutputFormat } from './parse-args';
import { startProgress, type ProgressOptions } from './progress-line';
import { inProcessHost, type SolverHost } from './solver-host';
import type { MethodChosen } from './method-option';
import type { TimeLimited } from './time-limit-option';

/** What `runSolving` needs to know of a command. */
export interface SolvingCommand extends TimeLimited, MethodChosen {
  readonly kind: string;
  readonly json?: boolean;
  readonly output?: OutputFormat;
}

export interface RunSolvingOptions {
  /** Where the solves run; default: `io.startSolverThread` when a limit or a terminal needs it, else this thread. */
  readonly host?: () => SolverHost;
  readonly progress?: ProgressOptions;
}

/** Why a command was stopped before it finished. */
type Stop =
  | { readonly kind: 'time-limit' }
  | { readonly kind: 'memory'; readonly scenario: Scenario | undefined }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * What a stopped command's solves give: a promise that never settles. The
 * command then simply stops where it is, with no CPU spent and nothing that
 * keeps the process alive; thrown instead, an error could be taken for a
 * failed case by a caller that catches (`runCheck` does) and the command
 * would go on through every remaining case.
 */
const never = (): Promise<Result> => new Promise<Result>(() => undefined);

/**
 * Runs a command that solves, with everything every such command shares:
 *
 * - `--method`: how each LP is solved (`solveByMethod`), passed to every solve.
 * - `--time-limit`: a hard wall on the whole command. Solves run on a
 *   worker thread (`io.startSolverThread`), which is terminated at the wall
 *   even in the middle of one wasm call; each solve also gets GLPK's `tmlim`
 *   for what is left. Past the wall: nothing more on stdout, a line on
 *   stderr, with `--json` a document whose status is `"time-limit"`, exit 3.
 * - Progress on stderr while it runs, when stderr is a terminal.
 * - A scenario that needs more memory than there is, or a solver that
 *   crashes or cannot load: said in words on stderr, exit 3 (never a
 *   `RangeError` or a stack).
 *
 * `run` gets the solve function to use and the `io` to write through (muted
 * once the command is stopped, so that nothing printed late can pass for an
 * answer). A command adopts all this with one line in `runCli`:
 * `return await runSolving(command, io, (solve, io) => planCommand(command, io, solve));`
 */
export async function runSolving(
  command: SolvingCommand,
  io: CliIo,
  run: (solve: SolveOne, io: CliIo) => Promise<ExitCode>,
  options: RunSolvingOptions = {},
): Promise<ExitCode> {
  const limit = command.timeLimitSeconds;
  const wantThread = limit !== undefined || io.stderrIsTTY === true;
  const host = options.host?.() ?? (wantThread && io.startSolverThread ? io.startSolverThread() : inProcessHost());
  const started = performance.now();
  const deadline = limit === undefined ? Infinity : started + limit * 1000;
  let solved = 0;
  let current: Scenario | undefined;

  let stopReason: Stop | null = null;
  let announce!: (reason: Stop) => void;
  const stopped = new Promise<Stop>((resolve) => (announce = resolve));
  const stop = (reason: Stop): void => {
    if (stopReason !== null) return;
    stopReason = reason;
    announce(reason);
  };
  const wall = limit === undefined ? undefined : setTimeout(() => stop({ kind: 'time-limit' }), limit * 1000);
  const progress = startProgress(io, () => ({ elapsedMs: performance.now() - started, solved, ...(limit !== undefined ? { limitSeconds: limit } : {}) }), options.progress);

  const solve: SolveOne = async (scenario) => {
    if (stopReason !== null) return never();
    const remaining = (deadline - performance.now()) / 1000;
    if (remaining <= 0) stop({ kind: 'time-limit' });
    if (stopReason !== null) return never();
    current = scenario;
    let result: Result;
    try {
      const options = { ...(limit === undefined ? {} : { timeLimitSeconds: remaining }), ...(command.method === undefined ? {} : { method: command.method }) };
      result = await host.solve(scenario, Object.keys(options).length === 0 ? undefined : options);
    } catch (error) {
      stop(isAllocationFailure(error) ? { kind: 'memory', scenario } : { kind: 'failed', message: describe(error) });
      return never();
    }
    if (result.status === 'time-limit') stop({ kind: 'time-limit' });
    else if (isOutOfMemoryResult(result)) stop({ kind: 'memory', scenario });
    if (stopReason !== null) return never();
    solved += 1;
    return result;
  };
  const muted: CliIo = {
    ...io,
    stdout: (text) => (stopReason === null ? io.stdout(text) : undefined),
    stderr: (text) => (stopReason === null ? io.stderr(text) : undefined),
  };

  // The solver loads while the command reads and checks its input; `stop` below ends it whatever happens.
  host.prepare?.();
  const running = run(solve, muted).then((code) => ({ kind: 'done' as const, code }));
  running.catch(() => undefined); // observed by the race; a stopped command never settles
  let outcome: { readonly kind: 'done'; readonly code: ExitCode } | Stop;
  try {
    outcome = await Promise.race([running, stopped]);
  } catch (error) {
    // Memory can also run out outside a solve (building variants, formatting); anything else is a bug.
    if (!isAllocationFailure(error)) throw error;
    outcome = { kind: 'memory', scenario: current };
  } finally {
    clearTimeout(wall);
    progress.stop();
    await host.stop();
  }
  if (outcome.kind === 'done') return outcome.code;
  return await reportStop(outcome, { command, io, solved, current, elapsedMs: performance.now() - started });
}

async function reportStop(
  stop: Stop,
  at: { readonly command: SolvingCommand; readonly io: CliIo; readonly solved: number; readonly current: Scenario | undefined; readonly elapsedMs: number },
): Promise<ExitCode> {
  const { command, io } = at;
  switch (stop.kind) {
    case 'memory':
      io.stderr(`${describeMemoryFailure(stop.scenario)}\n`);
      return EXIT_CODE.internal;
    case 'failed':
      io.stderr(`internal error: ${stop.message}\n`);
      return EXIT_CODE.internal;
    case 'time-limit': {
      const seconds = command.timeLimitSeconds;
      const what = seconds === undefined ? 'the solver stopped at its time limit' : `stopped at the time limit of ${seconds} s`;
      const message = `${what} after ${at.solved} ${at.solved === 1 ? 'solve' : 'solves'}; no figures are given`;
      io.stderr(`time limit: ${message}\n`);
      if (command.json === true || command.output === 'json') io.stdout(`${JSON.stringify(await timeLimitJson(command, at, message), null, 2)}\n`);
      return EXIT_CODE.internal;
    }
  }
}

/**
 * What `--json` prints at the time limit: for `solve`, the result object
 * itself (status `"time-limit"`, every figure 0, as the format says no
 * figures are claimed); for the other commands, a small document with the
 * same status.
 */
async function timeLimitJson(command: SolvingCommand, at: { readonly current: Scenario | undefined; readonly solved: number; readonly elapsedMs: number }, message: string) {
  if (command.kind === 'solve' && at.current !== undefined) {
    const { GLPK_JS_VERSION } = await import('../solver/create-solver');
    return zeroResult(at.current, 'time-limit', { name: 'glpk.js', version: GLPK_JS_VERSION, ms: Math.round(at.elapsedMs) }, [message]);
  }
  return {
    status: 'time-limit',
    ...(command.timeLimitSeconds !== undefined ? { timeLimitSeconds: command.timeLimitSeconds } : {}),
    solved: at.solved,
    diagnosis: [message],
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}
