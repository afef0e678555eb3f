/**
 * Calibration in the real worker (`workers/solver.worker.ts` with glpk.js),
 * started for the call: the known answer of models/README.md's teaching case.
 */
import { describe, it, expect } from 'vitest';
import { calibrateInWorker } from '../../../src/client';
import type { Scenario } from '../../../src/model/types';
import split from '../../../models/teaching-calibrate-split.json';

describe('calibrateInWorker', () => {
  it('should calibrate in a worker of its own, with the answer the command line gives', async () => {
    const result = await calibrateInWorker(split as unknown as Scenario);

    expect(result.status).toBe('calibrated');
    expect(result.changes.map((c) => [c.set, c.old, c.value])).toEqual([
      ['links.land-leg.cost', 15, 5.01],
      ['links.land-leg.cal-step.cost', null, 4.99],
    ]);
    expect(result.after[0]!.model).toBeCloseTo(40, 6);
  });

  it('should reject with the signal when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('not now'));

    await expect(calibrateInWorker(split as unknown as Scenario, {}, { signal: controller.signal })).rejects.toThrow('not now');
  });
});
