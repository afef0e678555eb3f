import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-io';

/** The real process: stdout, stderr, the file system and stdin. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  },
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stderrIsTerminal: process.stderr.isTTY === true,
};
