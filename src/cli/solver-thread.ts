/**
 * Entry of the solver thread (`dist-cli/solver-thread.js`): glpk.js in a
 * Node worker thread, so that the command line's main thread keeps time and
 * can stop a solve that one wasm call would otherwise hold for as long as it
 * takes (`--time-limit`). One solver, reused; one message per solve.
 */
import { parentPort } from 'node:worker_threads';
import { createSolver } from '../solver/create-solver';
import type { ThreadReply, ThreadRequest } from './thread-protocol';

const port = parentPort;
if (port === null) throw new Error('solver-thread.ts: not started as a worker thread');

const loading = createSolver();
// One warm solver for the thread's life: the command's solves, one after another, start from the last basis.
const warm = loading.then((solver) => solver.warmSolver?.() ?? solver);
// A failed load is answered per request below; it must not also end the thread as unhandled.
loading.catch(() => undefined);
warm.catch(() => undefined);

port.on('message', (request: ThreadRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});

async function answer({ id, scenario, options }: ThreadRequest): Promise<ThreadReply> {
  try {
    const solver = await warm;
    return { id, ok: true, result: solver.solve(scenario, options) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    return { id, ok: false, error: { name, message } };
  }
}
