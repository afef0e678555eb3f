import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../../../src/cli/cli-io';
import { runCli } from '../../../../src/cli/run-cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  /** Standard input, for the file `-`. */
  readonly stdin?: string;
  /** Files that exist only for this run, by name; other names are read from disk. */
  readonly files?: Readonly<Record<string, string>>;
  /** Replaces stdout, e.g. to make writing fail. */
  readonly stdout?: (text: string) => void;
  /**
   * Receives every file the run writes, by path; nothing reaches the disk.
   * Without it a write fails (EROFS), so a test sees any write it did not expect.
   */
  readonly written?: Map<string, string>;
}

/** An `io` over captured output, virtual files and (optionally) captured writes. */
export function captureIo(options: InProcessOptions = {}): { io: CliIo; output: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: options.stdout ?? ((text) => void (stdout += text)),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => options.files?.[path] ?? (await readFile(path, 'utf8')),
    readStdin: async () => options.stdin ?? '',
    writeFile: async (path, text) => {
      if (options.written === undefined) throw Object.assign(new Error(`EROFS: the test expected no write, got ${path}`), { code: 'EROFS' });
      options.written.set(path, text);
    },
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** Runs the command line in this process with captured output: fast, and the source, not the build. */
export async function runInProcess(argv: readonly string[], options: InProcessOptions = {}): Promise<CliRun> {
  const { io, output } = captureIo(options);
  const code = await runCli(argv, io);
  return { code, ...output() };
}
