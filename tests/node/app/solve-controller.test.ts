import { describe, expect, it, vi } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';

/** What the fake client was sent, in order, and how to answer each. */
const sent: { scenario: Scenario; answer: (result: Result) => void }[] = [];

vi.mock('../../../src/app/load-client', () => ({
  loadClient: async () => ({
    SolverClient: class {
      solve(scenario: Scenario) {
        // As SolverClient: a newer call makes the one before it stale.
        for (const earlier of sent) earlier.answer = () => undefined;
        return new Promise((resolve) => {
          const entry = { scenario, answer: (result: Result) => resolve({ stale: false, result, roundTripMs: 1 }) };
          sent.push(entry);
        });
      }
      cancel() {
        return false;
      }
      dispose() {}
    },
  }),
}));

const { SolveController } = await import('../../../src/app/solve-controller');
const { SLICED_VALIDATION_ITEMS } = await import('../../../src/app/large-scenario');

const scenario = (name: string, links: number): Scenario =>
  ({ format: 'corridor-flow/scenario@1', name, nodes: [], links: Array.from({ length: links }, (_, i) => ({ id: `l${i}` })), demands: [] }) as unknown as Scenario;
const answer = (name: string): Result => ({ status: 'optimal', name }) as unknown as Result;
const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function controller(latest: () => Scenario | null) {
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  return new SolveController(host, { timeoutMs: () => 1_000, latest, error() {}, solved() {} });
}

describe('SolveController', () => {
  it('should send a large scenario in a task after the one that asked for its solve, a small one at once', async () => {
    sent.length = 0;
    let latest: Scenario | null = scenario('small', 3);
    const solver = controller(() => latest);
    const first = solver.solve(latest!);
    await macrotask();
    sent[0]!.answer(answer('small'));
    await first;

    latest = scenario('large', SLICED_VALIDATION_ITEMS);
    const run = solver.solve(latest);
    expect(sent).toHaveLength(1);
    await macrotask();
    expect(sent.map((s) => s.scenario.name)).toEqual(['small', 'large']);
    sent[1]!.answer(answer('large'));
    expect(await run).toEqual(answer('large'));
  });

  it('should never send a large scenario after a newer one asked for while it waited: the newer one wins', async () => {
    sent.length = 0;
    let latest: Scenario | null = scenario('small', 3);
    const solver = controller(() => latest);
    const first = solver.solve(latest!);
    await macrotask();
    sent[0]!.answer(answer('small'));
    await first;

    const large = solver.solve(scenario('large', SLICED_VALIDATION_ITEMS));
    latest = scenario('edited', 3);
    const edited = solver.solve(latest);
    await macrotask();
    await macrotask();

    expect(sent.map((s) => s.scenario.name)).toEqual(['small', 'edited']);
    sent[1]!.answer(answer('edited'));
    expect(await edited).toEqual(answer('edited'));
    expect(await large).toEqual(answer('edited'));
  });
});
