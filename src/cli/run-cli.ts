import type { CliIo } from './cli-io';
import { EXIT_CODE } from './exit-code';
import { HELP_TEXT } from './help-text';
import { packageVersion } from './package-version';
import { parseArgs } from './parse-args';
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
    switch (command.kind) {
      case 'help':
        io.stdout(HELP_TEXT);
        return EXIT_CODE.ok;
      case 'version':
        io.stdout(`${await packageVersion()}\n`);
        return EXIT_CODE.ok;
      case 'solve':
        return await (await import('./solve-command')).solveCommand(command, io);
      case 'validate':
        return await (await import('./validate-command')).validateCommand(command, io);
      case 'sweep':
        return await (await import('./sweep-command')).sweepCommand(command, io);
      case 'compare':
        return await (await import('./compare-command')).compareCommand(command, io);
      case 'resilience':
        return await (await import('./resilience-command')).resilienceCommand(command, io);
      case 'montecarlo':
        return await (await import('./montecarlo-command')).montecarloCommand(command, io);
      case 'check':
        return await (await import('./check-command')).checkCommand(command, io);
      case 'calibrate':
        return await (await import('./calibrate-command')).calibrateCommand(command, io);
      case 'plan':
        return await (await import('./plan-command')).planCommand(command, io);
    }
  } catch (error) {
    io.stderr(`internal error: ${describe(error)}\n`);
    if (process.env.CORRIDOR_FLOW_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_CODE.internal;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}
