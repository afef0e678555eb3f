/**
 * Why a call to the solver worker did not come back with a result:
 * `timeout`: it took longer than the client's `timeoutMs` (the worker was
 * terminated); `crashed`: the worker died (an `error` event: failed to load,
 * an uncaught exception, a wasm abort outside a solve); `closed`: the client
 * was disposed. In every case the worker is gone and the next call starts a
 * fresh one.
 */
export type SolverFailureKind = 'timeout' | 'crashed' | 'closed';

/** The rejection of a solver call that got no result (see `SolverFailureKind`). */
export class SolverClientError extends Error {
  override readonly name = 'SolverClientError';
  readonly kind: SolverFailureKind;

  constructor(kind: SolverFailureKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
