import { beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { packResult, unpackResult, unpackResultInSlices } from '../../../src/client/packed-result';
import { recordCount } from '../../../src/client/solve-answer';
import type { SolveOne } from '../../../src/analysis/types';
import type { Result } from '../../../src/model/types';
import { inProcessSolve, loadModel } from '../analysis/analysis-support';

let solve: SolveOne;
let large: Result;
beforeAll(async () => {
  solve = await inProcessSolve();
  large = await solve(generateScenario({ seed: 2, width: 12, height: 12, demands: 12 }));
}, 120_000);

/** unpackResultInSlices with a pause that notes how many records were unpacked (nested ones too) since the last one. */
async function sliced(result: Result, perSlice: number): Promise<{ back: Result; pauses: number }> {
  let pauses = 0;
  const back = await unpackResultInSlices(packResult(result), async () => void pauses++, perSlice);
  return { back, pauses };
}

describe('unpackResultInSlices', () => {
  it('should give back what unpackResult gives, key order included, pausing between slices', async () => {
    const records = recordCount(large);
    expect(records).toBeGreaterThan(500);
    const { back, pauses } = await sliced(large, 100);
    expect(JSON.stringify(back)).toBe(JSON.stringify(unpackResult(packResult(large))));
    expect(back).toStrictEqual(large);
    // A pause after every 100 records or so: at most one per item of a list, never a slice with none.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(records / 100) - large.demands.length);
    expect(pauses).toBeLessThanOrEqual(Math.ceil(records / 100));
  });

  it('should not pause for a result smaller than a slice', async () => {
    const small = await solve(loadModel('caspian-2030'));
    const { back, pauses } = await sliced(small, 100_000);
    expect(back).toStrictEqual(small);
    expect(pauses).toBe(0);
  });
});
