import type { ParseOutcome, Problem, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { planOnlyWarnings } from '../model/planning-schema';
import type { CliIo } from './cli-io';
import { writeProblems } from './write-problems';

export type ReadTextOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

/**
 * Reads the scenario named on the command line (`-` is standard input) and
 * parses it. A file that cannot be read is reported like any other invalid
 * input, with the file name as its path.
 */
export async function readScenario(file: string, io: CliIo): Promise<ParseOutcome> {
  const read = await readScenarioText(file, io);
  if (!read.ok) return { ok: false, errors: [read.problem], warnings: [] };
  return parseScenario(read.text);
}

/** The text of the file (`-`: standard input), or why it cannot be read, under the file's name. */
export async function readScenarioText(file: string, io: CliIo): Promise<ReadTextOutcome> {
  try {
    return { ok: true, text: file === '-' ? await io.readStdin() : await io.readFile(file) };
  } catch (error) {
    return { ok: false, problem: { path: file, message: `cannot read: ${fileErrorMessage(error)}` } };
  }
}

/** What a failed read or write means to a person, from Node's error code. */
export function fileErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, expected a scenario .json file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'E2BIG':
      return error instanceof Error ? error.message : 'too big';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `readScenario` for a command that goes on to solve: errors are written to
 * stderr (one a line, with paths) and give `null`, the caller's cue to exit
 * with `EXIT_CODE.invalid`; warnings are written as `warning: …` lines,
 * with one for `horizon` and `projects`, which the one-year commands that
 * read through here ignore (`plan` reads through `readScenario`).
 */
export async function readScenarioOrReport(file: string, io: CliIo): Promise<Scenario | null> {
  const parsed = await readScenario(file, io);
  if (!parsed.ok) {
    writeProblems(io, parsed.errors);
    return null;
  }
  writeProblems(io, [...parsed.warnings, ...planOnlyWarnings(parsed.scenario)], 'warning: ');
  return parsed.scenario;
}
