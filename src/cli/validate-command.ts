import { formatProblem } from '../model/format-problem';
import { EXIT_CODE, type ExitCode } from './exit-code';
import type { CliIo } from './cli-io';
import { readScenario } from './read-scenario';
import { writeProblems } from './write-problems';

/** `corridor-flow validate <file>`: `ok` and the warnings on stdout, or every error on stderr. */
export async function validateCommand(command: { readonly file: string }, io: CliIo): Promise<ExitCode> {
  const parsed = await readScenario(command.file, io);
  if (!parsed.ok) {
    writeProblems(io, parsed.errors);
    return EXIT_CODE.invalid;
  }
  io.stdout(['ok', ...parsed.warnings.map((w) => `warning: ${formatProblem(w)}`)].join('\n') + '\n');
  return EXIT_CODE.ok;
}
