import type { WarmSolver } from '../src/solver/types';
import type { WorkerSolver } from './worker-solver';

/**
 * The worker's one solver instance: loaded on first use and reused, dropped
 * after a failure so that the next call loads a fresh one (an Emscripten
 * abort, `RuntimeError: Aborted()`, leaves the wasm instance unusable, and an
 * abort cannot always be told apart from other errors).
 */
export interface SolverSlot {
  /** The instance, loading it if there is none (a failed load is retried on the next call). */
  current(): Promise<WorkerSolver>;
  /** The instance if one has loaded, else null (without loading one). */
  loaded(): WorkerSolver | null;
  /**
   * The warm solver every scenario solve of instance `s` goes through, or
   * null if it has none: a scenario of the last one's shape starts from its
   * basis; any other, and any small LP, solves cold.
   */
  warmOf(s: WorkerSolver): WarmSolver | null;
  /** Warm starts over the worker's life, dropped instances included. */
  warmStarts(): number;
  /** Forgets the instance (and frees its warm solver) after a failure. */
  drop(): void;
}

export function createSolverSlot(loadSolver: () => Promise<WorkerSolver>): SolverSlot {
  let solver: Promise<WorkerSolver> | null = null;
  let loaded: WorkerSolver | null = null;
  let warm: { readonly solver: WorkerSolver; readonly warm: WarmSolver } | null = null;
  let warmStartsBefore = 0;

  return {
    current() {
      solver ??= loadSolver().then(
        (s) => (loaded = s),
        (error: unknown) => {
          solver = null; // a failed load is retried on the next call
          throw error;
        },
      );
      return solver;
    },
    loaded: () => loaded,
    warmOf(s) {
      if (s.warmSolver === undefined) return null;
      if (warm?.solver !== s) warm = { solver: s, warm: s.warmSolver() };
      return warm.warm;
    },
    warmStarts: () => warmStartsBefore + (warm?.warm.warmStarts() ?? 0),
    drop() {
      solver = null;
      loaded = null;
      if (warm !== null) {
        warmStartsBefore += warm.warm.warmStarts();
        // After an abort the instance may not even free its memory; it is dropped with the instance anyway.
        try {
          warm.warm.release();
        } catch {
          // nothing to do: the instance is dropped
        }
        warm = null;
      }
    },
  };
}
