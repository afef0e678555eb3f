import { describe, it, expect, afterEach } from 'vitest';
import { wrap } from 'comlink';
import { SolverClient, SolverClientError, type SolveOutcome } from '../../../src/client';
import { TEXT_MIN_ITEMS } from '../../../src/client/solver-client';
import { fakeScenario, type fakeState } from './fixtures/fake-solver';

/** Starts fake solver workers and remembers them, with how often each was terminated. */
function fakeWorkers() {
  const started: { worker: Worker; terminated: number }[] = [];
  const create = (): Worker => {
    const worker = new Worker(new URL('./fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' });
    const entry = { worker, terminated: 0 };
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      entry.terminated += 1;
      terminate();
    };
    started.push(entry);
    return worker;
  };
  const stats = (index: number) =>
    wrap<{ stats(): typeof fakeState }>(started[index]!.worker).stats();
  return { create, started, stats };
}

const objectiveOf = (outcome: SolveOutcome): number | 'stale' => (outcome.stale ? 'stale' : outcome.result.objective);

let client: SolverClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

describe('SolverClient', () => {
  it('should resolve a solve with the result of its own scenario', async () => {
    // Arrange
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create });

    // Act
    const outcome = await client.solve(fakeScenario('plain', 42));

    // Assert
    expect(outcome.stale).toBe(false);
    expect(objectiveOf(outcome)).toBe(42);
    expect(outcome.stale === false && outcome.roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it('should send a large scenario whole, after a pause that lets the page draw, and a small one at once', async () => {
    const workers = fakeWorkers();
    // What the worker had solved when each pause came.
    const solvedAtPause: number[] = [];
    client = new SolverClient({ createWorker: workers.create, pause: async () => void solvedAtPause.push((await workers.stats(0)).solves) });
    expect(objectiveOf(await client.solve(fakeScenario('plain', 7)))).toBe(7);
    expect(solvedAtPause).toEqual([]);
    const small = fakeScenario('plain', 9);
    const links = Array.from({ length: TEXT_MIN_ITEMS }, (_, i) => ({ id: `x${i}`, from: 'a', to: 'b', cost: 1 }));

    const outcome = await client.solve({ ...small, links: [...small.links, ...links] });

    expect(objectiveOf(outcome)).toBe(9);
    expect(solvedAtPause[0]).toBe(1);
  });

  it('should deliver only the latest scenario and solve at most the running one and the latest', async () => {
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create });
    await client.solve(fakeScenario('warm-up', 0));

    const outcomes = [1, 2, 3, 4, 5].map((volume) => client!.solve(fakeScenario('slow:150', volume)));
    const settled = await Promise.all(outcomes);

    expect(settled.map(objectiveOf)).toEqual(['stale', 'stale', 'stale', 'stale', 5]);
    // warm-up, the first slow one (already running when the others came) and the last.
    expect((await workers.stats(0)).solves).toBe(3);
  });

  it('should mark a running solve stale when a newer one arrives while it runs', async () => {
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create });
    const order: string[] = [];

    const older = client.solve(fakeScenario('slow:200', 1)).then((o) => order.push(`older:${objectiveOf(o)}`));
    await new Promise((r) => setTimeout(r, 50));
    const newer = client.solve(fakeScenario('plain', 2)).then((o) => order.push(`newer:${objectiveOf(o)}`));
    await Promise.all([older, newer]);

    expect(order).toEqual(['older:stale', 'newer:2']);
  });

  it('should terminate a worker that exceeds the timeout, reject that call, and serve the next call from a fresh worker', async () => {
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create, timeoutMs: 400 });

    const hanging = client.solve(fakeScenario('hang', 1));

    await expect(hanging).rejects.toSatisfy((e) => e instanceof SolverClientError && e.kind === 'timeout');
    await expect(hanging).rejects.toThrow(/took longer than 400 ms/);
    expect(workers.started[0]!.terminated).toBeGreaterThanOrEqual(1);

    const next = await client.solve(fakeScenario('plain', 3));
    expect(objectiveOf(next)).toBe(3);
    expect(workers.started).toHaveLength(2);
  });

  it('should, when a call times out while a newer one waits, solve the newer one on a fresh worker (latest wins after a timeout)', async () => {
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create, timeoutMs: 400 });

    const hanging = client.solve(fakeScenario('hang', 1));
    const waiting = client.solve(fakeScenario('plain', 2));

    // The older call's timeout is not the newer scenario's failure: it is just stale.
    expect(objectiveOf(await hanging)).toBe('stale');
    expect(objectiveOf(await waiting)).toBe(2);
    expect(workers.started).toHaveLength(2);
  });

  it('should notice at once a worker that ends with no error event, restart it and solve the pending call again', async () => {
    const workers = fakeWorkers();
    // Far longer than the test may take: only noticing the death at once can pass it.
    client = new SolverClient({ createWorker: workers.create, timeoutMs: 60_000 });
    await client.solve(fakeScenario('warm-up', 0));

    const pending = client.solve(fakeScenario('slow:300', 4));
    await new Promise((r) => setTimeout(r, 50));
    // As a browser killing the worker (out of memory): no error event reaches the page.
    workers.started[0]!.worker.terminate();

    expect(objectiveOf(await pending)).toBe(4);
    expect(workers.started).toHaveLength(2);
  }, 15_000);

  it('should notice at once a worker that closes itself mid-solve, and solve the newer edit in a fresh worker', async () => {
    const workers = fakeWorkers();
    // Far longer than the test may take: only noticing the close at once can pass it.
    client = new SolverClient({ createWorker: workers.create, timeoutMs: 60_000 });
    await client.solve(fakeScenario('warm-up', 0));

    // The worker calls self.close() inside this solve; the user's next edit waits behind it.
    const closing = client.solve(fakeScenario('close', 1));
    const edit = client.solve(fakeScenario('plain', 5));

    expect(objectiveOf(await closing)).toBe('stale');
    expect(objectiveOf(await edit)).toBe(5);
    expect(workers.started).toHaveLength(2);
  }, 15_000);

  it('should notice a worker that closes itself at once where the page has no Web Locks', async () => {
    // Without Web Locks (an insecure page, an older browser) no life lock tells of the close:
    // only the worker's own word does, before the 60 s timeout.
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
    try {
      const workers = fakeWorkers();
      client = new SolverClient({ createWorker: workers.create, timeoutMs: 60_000 });
      await client.solve(fakeScenario('warm-up', 0));

      const closing = client.solve(fakeScenario('close', 1));
      const edit = client.solve(fakeScenario('plain', 6));

      expect(objectiveOf(await closing)).toBe('stale');
      expect(objectiveOf(await edit)).toBe(6);
      // Alone, a call whose worker closes itself is sent once more (to a fresh worker that closes too), then rejected.
      await expect(client.solve(fakeScenario('close', 2))).rejects.toSatisfy(
        (e) => e instanceof SolverClientError && e.kind === 'crashed' && /closed itself/.test(e.message),
      );
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
  }, 15_000);

  it('should reject at once when the worker crashes, and solve the next call in a fresh worker', async () => {
    const workers = fakeWorkers();
    // A crash must be reported as a crash, not found later by the (long) timeout.
    client = new SolverClient({ createWorker: workers.create, timeoutMs: 30_000 });

    await expect(client.solve(fakeScenario('crash', 1))).rejects.toSatisfy(
      (e) => e instanceof SolverClientError && e.kind === 'crashed' && /simulated crash/.test(e.message),
    );

    expect(objectiveOf(await client.solve(fakeScenario('plain', 7)))).toBe(7);
    // The crashed call was sent once more to a fresh worker (a worker can die of other things), then given up.
    expect(workers.started).toHaveLength(3);
  });

  it('should recover when its worker is terminated from outside in the middle of a solve', async () => {
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create, timeoutMs: 500 });
    await client.solve(fakeScenario('warm-up', 0));

    const killed = client.solve(fakeScenario('slow:3000', 1));
    await new Promise((r) => setTimeout(r, 50));
    workers.started[0]!.worker.terminate();

    await expect(killed).rejects.toBeInstanceOf(SolverClientError);
    expect(objectiveOf(await client.solve(fakeScenario('plain', 9)))).toBe(9);
  });

  it('should turn a solver abort into an error result and load a fresh solver for the next call', async () => {
    const workers = fakeWorkers();
    client = new SolverClient({ createWorker: workers.create });

    const aborted = await client.solve(fakeScenario('abort', 1));
    const next = await client.solve(fakeScenario('plain', 5));

    expect(aborted.stale === false && aborted.result.status).toBe('error');
    expect(aborted.stale === false && aborted.result.diagnosis?.[0]).toMatch(/RuntimeError: Aborted\(\)/);
    expect(next.stale === false && next.result.solver.version).toBe('fake-2');
    expect(workers.started).toHaveLength(1);
  });

  it('should reject calls after dispose', async () => {
    const workers = fakeWorkers();
    const disposed = new SolverClient({ createWorker: workers.create });
    const pending = disposed.solve(fakeScenario('slow:300', 1));
    disposed.dispose();

    await expect(pending).rejects.toSatisfy((e) => e instanceof SolverClientError && e.kind === 'closed');
    await expect(disposed.solve(fakeScenario('plain', 1))).rejects.toSatisfy(
      (e) => e instanceof SolverClientError && e.kind === 'closed',
    );
  });
});
