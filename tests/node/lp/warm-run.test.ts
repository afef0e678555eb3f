import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LpSolve } from '../../../src/lp/types';
import { warmRun } from '../../../src/lp/warm-run';
import type { Scenario } from '../../../src/model/types';

const scenario = JSON.parse(readFileSync(new URL('../../../models/teaching-two-routes.json', import.meta.url), 'utf8')) as Scenario;
const neverCalled: LpSolve = () => {
  throw new Error('warm-run.test: no LP is solved here');
};

describe('warmRun', () => {
  it('should hand the path method its kept paths, and the masters’ solver only when one is given', () => {
    const masterLp = () => ({ solveLp: neverCalled, release: () => undefined });
    const plain = warmRun(neverCalled);
    expect(plain.solveLp).toBe(neverCalled);
    expect(plain.paths).toEqual({ pathReuse: plain.pathReuse });
    expect('masterLp' in plain.paths).toBe(false);
    const withMasters = warmRun(neverCalled, { masterLp });
    expect(withMasters.paths).toEqual({ pathReuse: withMasters.pathReuse, masterLp });
  });

  it('should keep the layout between builds and free it, then what the solver holds, on release', () => {
    const released: string[] = [];
    const run = warmRun(neverCalled, { release: () => released.push(`solver (layouts built so far: ${run.layoutCache.rebuilds})`) });
    run.layoutCache.build(scenario);
    run.layoutCache.build(scenario);
    expect([run.layoutCache.rebuilds, run.layoutCache.reuses]).toEqual([1, 1]);
    run.release();
    expect(released).toEqual(['solver (layouts built so far: 1)']);
    // Released: the next build indexes the layout afresh.
    run.layoutCache.build(scenario);
    expect(run.layoutCache.rebuilds).toBe(2);
  });
});
