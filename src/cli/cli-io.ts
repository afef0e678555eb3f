import type { SolverHost } from './solver-host';

/**
 * Everything the command line does to the outside world, so the same code
 * runs as a process (`node-io.ts`) and in-process in tests with captured
 * output. Reads and writes reject with a Node-style error (`code` such as
 * `ENOENT`).
 */
export interface CliIo {
  /** Writes to standard output as is (the caller adds newlines). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file. */
  readonly readFile: (path: string) => Promise<string>;
  /**
   * Reads all of standard input as UTF-8 text (for the file name `-`); input
   * longer than `MAX_INPUT_BYTES` is refused (code `E2BIG`) without being
   * held in memory first.
   */
  readonly readStdin: () => Promise<string>;
  /** Writes a UTF-8 text file, replacing it if it exists (`check`'s counter-example). */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** True when stderr is a terminal: progress is shown there only then. Absent: false. */
  readonly stderrIsTTY?: boolean;
  /**
   * Starts a solver that can be stopped mid-solve (a worker thread), for
   * `--time-limit` and for progress in a terminal. Absent (in-process
   * tests): solves run on the calling thread.
   */
  readonly startSolverThread?: () => SolverHost;
  /**
   * Called once before a command that solves loads any solver code (every
   * command but `--help`, `--version` and `validate`): tunes the process for
   * solving (`tierUpLater`). Absent (in-process tests): nothing is tuned.
   */
  readonly beforeSolving?: () => void;
}
