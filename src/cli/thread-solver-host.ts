import type { Worker } from 'node:worker_threads';
import type { Result } from '../model/types';
import type { SolverHost } from './solver-host';
import type { ThreadReply, ThreadRequest } from './thread-protocol';

interface Pending {
  readonly resolve: (result: Result) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A `SolverHost` on a Node worker thread running `file` (the built
 * `solver-thread.js`). The thread starts on `prepare` or the first solve,
 * whichever comes first: started by `prepare`, it boots Node and compiles
 * GLPK's wasm on the other core while this thread parses the input; `stop`
 * terminates it at once, even in the middle of a wasm call, and rejects what
 * is pending. A thread that dies (out of memory at its heap limit, a crash)
 * rejects every pending solve with the reason, its `code` kept.
 */
export function threadSolverHost(file: string | URL): SolverHost {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };

  const start = (): Worker => {
    // Loaded here, not imported: a command that never starts the thread (most solves) does not load worker_threads.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const started = new Worker(file);
    started.on('message', (reply: ThreadReply) => {
      const p = pending.get(reply.id);
      if (p === undefined) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`the solver thread stopped (exit code ${code})`));
      worker = null;
    });
    return started;
  };

  return {
    stoppable: true,
    prepare() {
      worker ??= start();
    },
    solve(scenario, options) {
      worker ??= start();
      const id = nextId++;
      const request: ThreadRequest = options === undefined ? { id, scenario } : { id, scenario, options };
      return new Promise<Result>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(request);
      });
    },
    async stop() {
      const running = worker;
      failAll(new Error('the solver thread was stopped'));
      if (running !== null) await running.terminate();
    },
  };
}
