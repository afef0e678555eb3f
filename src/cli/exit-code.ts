/** The command line's exit codes (spec/cli.md). */
export const EXIT_CODE = {
  /** Solved with status `optimal`, or validation passed. */
  ok: 0,
  /** Solved, but `infeasible` or `unbounded`. */
  notOptimal: 1,
  /** Invalid input or usage; errors on stderr, one a line, each with its path. */
  invalid: 2,
  /** An internal or solver failure; a message on stderr. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT_CODE)[keyof typeof EXIT_CODE];
