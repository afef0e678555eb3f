import { WORKER_CLOSING, type MemoryReport, type PingReply, type SolverApi } from '../src/client/protocol';
import type { SolverSlot } from './solver-slot';

/** What the client asks about the worker itself rather than a scenario: is it alive, its memory, its life lock. */
export type LifecycleMethods = Pick<SolverApi, 'ping' | 'memory' | 'holdLifeLock'>;

/** `readWasmBytes`: the size of the realm's WebAssembly memories, for `memory()`. */
export function lifecycleMethods(slot: SolverSlot, readWasmBytes: () => number): LifecycleMethods {
  return {
    async ping(): Promise<PingReply> {
      const loaded = slot.loaded();
      if (loaded === null) return { ok: true, solver: null };
      const solver = { name: 'glpk.js', version: loaded.version, direct: loaded.direct ?? false };
      if (loaded.warmSolver === undefined) return { ok: true, solver };
      return { ok: true, solver: { ...solver, warmStarts: slot.warmStarts() } };
    },
    async memory(): Promise<MemoryReport> {
      return { wasmBytes: readWasmBytes() };
    },
    holdLifeLock: holdLifeLock,
  };
}

/**
 * See `SolverApi.holdLifeLock`: the lock's callback never returns, so only the worker's end releases it.
 * A worker that closes itself also says so first (`announceClose`).
 */
function holdLifeLock(lock: string): Promise<boolean> {
  announceClose();
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks === undefined) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    void locks.request(lock, () => {
      resolve(true);
      return new Promise<never>(() => undefined);
    });
  });
}

/**
 * Makes `self.close()` post `{ [WORKER_CLOSING]: true }` to the page before
 * closing (once per worker; not outside a worker, where `close` is the
 * window's). Whoever calls it (our code, a dependency's exit handler), the
 * page hears of it at once rather than when the browser gets round to
 * releasing the life lock, about a second later on a busy machine.
 */
function announceClose(): void {
  const scope = globalThis as { WorkerGlobalScope?: unknown; close?: () => void; postMessage?: (message: unknown) => void };
  if (scope.WorkerGlobalScope === undefined || typeof scope.close !== 'function' || typeof scope.postMessage !== 'function') return;
  if ((scope.close as { announces?: boolean }).announces === true) return;
  const close = scope.close.bind(scope);
  const post = scope.postMessage.bind(scope);
  const announcing = Object.assign(
    (): void => {
      post({ [WORKER_CLOSING]: true });
      close();
    },
    { announces: true },
  );
  scope.close = announcing;
}
