import type { ParseOutcome } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import type { CliIo } from './cli-io';

/**
 * Reads the scenario named on the command line (`-` is standard input) and
 * parses it. A file that cannot be read is reported like any other invalid
 * input, with the file name as its path.
 */
export async function readScenario(file: string, io: CliIo): Promise<ParseOutcome> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    return { ok: false, errors: [{ path: file, message: readErrorMessage(error) }], warnings: [] };
  }
  return parseScenario(text);
}

function readErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'cannot read: no such file';
    case 'EISDIR':
      return 'cannot read: is a directory, expected a scenario .json file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
