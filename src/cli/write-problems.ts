import type { Problem } from '../model/types';
import { formatProblem } from '../model/format-problem';
import type { CliIo } from './cli-io';
import { printable } from '../analysis/printable';

/** Errors on stderr, one a line, each `path: message` (spec/cli.md). */
export function writeProblems(io: CliIo, problems: readonly Problem[], prefix = ''): void {
  io.stderr(problems.map((p) => `${prefix}${printable(formatProblem(p))}\n`).join(''));
}
