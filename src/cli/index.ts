/**
 * Entry of the built command line (`dist-cli/cli.js`, loaded by
 * `bin/corridor-flow.js`). Kept tiny on purpose: every command loads what it
 * needs on demand, so `--help` never loads the model and `validate` never
 * loads glpk.js.
 */
import { nodeIo } from './node-io';
import { runCli } from './run-cli';
import { threadSolverHost } from './thread-solver-host';
import { tierUpLater } from './tier-up-later';

/**
 * The solver thread's file, built beside this one (`dist-cli/solver-thread.js`).
 * `import.meta.url` is passed through a variable so the bundler leaves the
 * URL to be resolved at run time.
 */
const here = import.meta.url;
const SOLVER_THREAD = new URL('./solver-thread.js', here);

export { runCli } from './run-cli';
export type { CliIo } from './cli-io';

/** Runs the command line on `argv` (without `node` and the script) and gives the exit code. */
export function run(argv: readonly string[]): Promise<number> {
  // `corridor-flow solve x --json | head` closes the pipe early: stop quietly, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`internal error: cannot write to standard output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 3);
  });
  return runCli(argv, { ...nodeIo, startSolverThread: () => threadSolverHost(SOLVER_THREAD), beforeSolving: () => void tierUpLater() });
}
