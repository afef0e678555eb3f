import { readFile, stat, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-io';

/** The real process: stdout, stderr, the file system and stdin. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => {
    const { MAX_INPUT_BYTES, tooBigError } = await import('./read-bounded');
    // The size first: a huge file is refused before any of it is read.
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_INPUT_BYTES) throw tooBigError('the file');
    return await readFile(path, 'utf8');
  },
  readStdin: async () => (await import('./read-bounded')).readBounded(process.stdin),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stderrIsTTY: process.stderr.isTTY === true,
};
