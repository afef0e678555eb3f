import type { CliIo } from './cli-io';
import { EXIT_CODE } from './exit-code';
import { HELP_TEXT } from './help-text';
import { describeMemoryFailure, isAllocationFailure } from './memory-failure';
import { packageVersion } from './package-version';
import { parseArgs } from './parse-args';
import type { runSolving } from './run-solving';
import { writeProblems } from './write-problems';

/**
 * The whole command line over an `io`: parses `argv` (without `node` and the
 * script), runs the command and gives the exit code. Never throws: anything
 * unexpected becomes one line on stderr and exit code 3 (the stack only with
 * `CORRIDOR_FLOW_DEBUG=1`). Commands are imported on demand so each loads
 * only what it needs.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      writeProblems(io, parsed.errors);
      return EXIT_CODE.invalid;
    }
    const command = parsed.command;
    if (command.kind !== 'help' && command.kind !== 'version' && command.kind !== 'validate') io.beforeSolving?.();
    switch (command.kind) {
      case 'help':
        io.stdout(HELP_TEXT);
        return EXIT_CODE.ok;
      case 'version':
        io.stdout(`${await packageVersion()}\n`);
        return EXIT_CODE.ok;
      case 'solve':
        return await solving(command, io, async (solve, io) => (await import('./solve-command')).solveCommand(command, io, solve));
      case 'validate':
        return await (await import('./validate-command')).validateCommand(command, io);
      case 'sweep':
        return await solving(command, io, async (solve, io) => (await import('./sweep-command')).sweepCommand(command, io, solve));
      case 'compare':
        return await solving(command, io, async (solve, io) => (await import('./compare-command')).compareCommand(command, io, solve));
      case 'resilience':
        return await solving(command, io, async (solve, io) => (await import('./resilience-command')).resilienceCommand(command, io, solve));
      case 'montecarlo':
        return await solving(command, io, async (solve, io) => (await import('./montecarlo-command')).montecarloCommand(command, io, solve));
      case 'check':
        return await solving(command, io, async (solve, io) => (await import('./check-command')).checkCommand(command, io, solve));
      case 'calibrate':
        return await (await import('./calibrate-command')).calibrateCommand(command, io);
      case 'plan':
        return await (await import('./plan-command')).planCommand(command, io);
    }
  } catch (error) {
    // A valid scenario can still be too big for this machine: said in words, not as a RangeError.
    if (isAllocationFailure(error)) {
      io.stderr(`${describeMemoryFailure(undefined)}\n`);
      return EXIT_CODE.internal;
    }
    io.stderr(`internal error: ${describe(error)}\n`);
    if (process.env.CORRIDOR_FLOW_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_CODE.internal;
  }
}

/** `runSolving`, loaded with the first command that solves: `--help` and `validate` never load it. */
const solving: typeof runSolving = async (...args) => (await import('./run-solving')).runSolving(...args);

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}
