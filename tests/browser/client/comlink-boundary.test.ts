/**
 * The worker's API over a `MessageChannel` in this window (as comlink's own
 * tests do): what crosses is structured-cloned exactly as between threads,
 * without a worker's start-up or failure modes in the way.
 */
import { describe, it, expect, expectTypeOf, afterEach } from 'vitest';
import { expose, wrap, type Remote } from 'comlink';
import { createSolverApi } from '../../../workers/create-solver-api';
import type { PingReply, SolverApi } from '../../../src/client/protocol';
import type { Result } from '../../../src/model/types';
import { fakeScenario, loadFakeSolver, fakeState } from './fixtures/fake-solver';

let channel: MessageChannel | null = null;
function connect(): Remote<SolverApi> {
  channel = new MessageChannel();
  expose(createSolverApi(loadFakeSolver), channel.port1);
  return wrap<SolverApi>(channel.port2);
}
afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

describe('the solver API over a MessageChannel', () => {
  it('should return a result that is plain data', async () => {
    const api = connect();

    const result = await api.solve(fakeScenario('plain', 12));

    expect(result.objective).toBe(12);
    expect(structuredClone(result)).toEqual(result);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('should answer a solver failure as an error result, not a rejection', async () => {
    const api = connect();

    const result = await api.solve(fakeScenario('abort', 1));

    expect(result.status).toBe('error');
    expect(result.diagnosis).toEqual(['solver failed: RuntimeError: Aborted(). Build with -sASSERTIONS for more info.']);
  });

  it('should load a fresh solver after a failure', async () => {
    const api = connect();
    const loadsBefore = fakeState.loads;

    await api.solve(fakeScenario('plain', 1));
    await api.solve(fakeScenario('abort', 1));
    await api.solve(fakeScenario('plain', 1));

    expect(fakeState.loads - loadsBefore).toBe(2);
  });

  it('should solve a batch in order with one instance', async () => {
    const api = connect();

    const results = await api.solveBatch([fakeScenario('plain', 1), fakeScenario('plain', 2), fakeScenario('plain', 3)]);

    expect(results.map((r) => r.objective)).toEqual([1, 2, 3]);
    expect(new Set(results.map((r) => r.solver.version)).size).toBe(1);
  });

  it('should say in ping which solver it holds once loaded', async () => {
    const api = connect();

    expect(await api.ping()).toEqual({ ok: true, solver: null });
    const { solver } = await api.solve(fakeScenario('plain', 1));
    // The fake solver does not say it calls GLPK directly, so ping reports false.
    expect(await api.ping()).toEqual({ ok: true, solver: { name: 'glpk.js', version: solver.version, direct: false } });
  });

  it('should type every remote call as a promise of plain data (checked by tsc)', () => {
    expectTypeOf<Remote<SolverApi>['solve']>().returns.toEqualTypeOf<Promise<Result>>();
    expectTypeOf<Remote<SolverApi>['solveBatch']>().returns.toEqualTypeOf<Promise<Result[]>>();
    expectTypeOf<Remote<SolverApi>['ping']>().returns.toEqualTypeOf<Promise<PingReply>>();
  });
});
