/**
 * The solver worker's API over a MessageChannel, as between threads: what
 * the node tests of `createSolverApi` talk to. Each test file closes its
 * channel after each test.
 */
import { afterEach } from 'vitest';
import { expose, wrap } from 'comlink';
import { createSolverApi, type WorkerSolver } from '../../../workers/create-solver-api';
import type { SolverApi } from '../../../src/client/protocol';

let channel: MessageChannel | null = null;
afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

/** `createSolverApi(load)` exposed on one port of a new channel, wrapped on the other. */
export function workerApi(load: () => Promise<WorkerSolver>): SolverApi {
  channel = new MessageChannel();
  expose(createSolverApi(load, () => 0), channel.port1);
  return wrap<SolverApi>(channel.port2) as unknown as SolverApi;
}
