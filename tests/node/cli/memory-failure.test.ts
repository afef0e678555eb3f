import { describe, expect, it, vi } from 'vitest';
import { describeMemoryFailure, isAllocationFailure } from '../../../src/cli/memory-failure';
import { zeroResult } from '../../../src/lp/zero-result';
import { answeringHost, runWithHost } from './support/fake-hosts';
import { runInProcess } from './support/run-in-process';
import { json, TWO_ROUTES } from './support/scenarios';

/**
 * The in-process solver (no --time-limit, stderr not a terminal) made to run
 * out of memory as a scenario too big for the machine does: `solve` is what
 * the current test sets.
 */
const inProcess = vi.hoisted(() => ({ solve: (_scenario: unknown): unknown => undefined }));
vi.mock('../../../src/cli/lazy-solver', () => ({
  lazySolver: () => async () => ({ solve: (scenario: unknown) => inProcess.solve(scenario) }),
}));

const files = { 'two-routes.json': json(TWO_ROUTES) };
const SWEEP = ['sweep', 'two-routes.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '5'];

/** What V8 throws when a typed array of the LP's size cannot be made (the reported symptom). */
const typedArrayFailure = () => {
  throw new RangeError('Invalid typed array length: 8589934592');
};

const EXPECTED =
  'the scenario needs more memory than is available: 5 links × 1 demand (4 nodes); solve it on a machine with more memory, or split it into smaller scenarios (fewer demands, or a region at a time)\n';

describe('a valid scenario that needs more memory than there is', () => {
  it.each([
    ['solve', ['solve', 'two-routes.json']],
    ['solve --json', ['solve', 'two-routes.json', '--json']],
    ['sweep', SWEEP],
    ['resilience', ['resilience', 'two-routes.json']],
    ['check', ['check', 'two-routes.json', '--runs', '2', '--seed', '1']],
  ])('should make %s exit 3 with the scenario`s size in words, never a RangeError', async (_, argv) => {
    inProcess.solve = typedArrayFailure;
    const run = await runInProcess(argv, { files });
    expect(run).toEqual({ code: 3, stdout: '', stderr: EXPECTED });
    // The same on a solver thread, under a time limit.
    const limited = await runWithHost([...argv, '--time-limit', '600'], answeringHost(typedArrayFailure), { files });
    expect(limited).toEqual({ code: 3, stdout: '', stderr: EXPECTED });
  });

  it('should be recognised from a worker thread killed at its heap limit and from glpk.js`s wasm heap', async () => {
    expect(isAllocationFailure(Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }))).toBe(true);
    expect(isAllocationFailure(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isAllocationFailure(new Error('Aborted(OOM)'))).toBe(true);
    expect(isAllocationFailure(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isAllocationFailure(new TypeError('x is undefined'))).toBe(false);
  });

  it('should be recognised in a solve that came back failed because the wasm heap could not grow', async () => {
    const oom = (s: typeof TWO_ROUTES) => zeroResult(s, 'error', { name: 'glpk.js', version: '5.0.0', ms: 0 }, ['GLPK failed: RuntimeError: Aborted(Cannot enlarge memory arrays)']);
    inProcess.solve = (s) => oom(s as typeof TWO_ROUTES);
    expect(await runInProcess(['solve', 'two-routes.json'], { files })).toEqual({ code: 3, stdout: '', stderr: EXPECTED });
    const limited = await runWithHost(['solve', 'two-routes.json', '--time-limit', '600'], answeringHost(oom), { files });
    expect(limited).toEqual({ code: 3, stdout: '', stderr: EXPECTED });
  });

  it('should say the size with thousands separated', () => {
    const big = { ...TWO_ROUTES, links: Array.from({ length: 50_000 }, () => TWO_ROUTES.links[0]!), demands: Array.from({ length: 5_000 }, () => TWO_ROUTES.demands[0]!) };
    expect(describeMemoryFailure(big)).toMatch(/^the scenario needs more memory than is available: 50,000 links × 5,000 demands \(4 nodes\); /);
  });
});
