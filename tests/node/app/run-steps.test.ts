import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutosaveWrite } from '../../../src/app/autosave';
import { runSteps } from '../../../src/app/autosave-write';
import { propertySettings } from '../../support/property-settings';

let clock = 0;
/** The durations of the steps the current call of runSteps has run. */
let current: number[] = [];
afterEach(() => vi.restoreAllMocks());

/** Steps that take `durations` ms each on a fake clock, then a write that succeeded. */
function* timedSteps(durations: readonly number[]): Generator<void, AutosaveWrite, undefined> {
  for (const ms of durations) {
    clock += ms;
    current.push(ms);
    yield;
  }
  return { ok: true };
}

/** The steps each call of runSteps(…, budget) ran (their durations), until the write was done. */
function slices(durations: readonly number[], budget: number): number[][] {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const steps = timedSteps(durations);
  const taken: number[][] = [];
  for (;;) {
    current = [];
    const done = runSteps(steps, budget);
    taken.push(current);
    if (done !== null) return taken;
  }
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('runSteps', () => {
  it('should stop before a step that would take the slice past its budget', () => {
    // Steps of 3 ms against 8: two per slice (6 ms), not three (9 ms).
    expect(slices([3, 3, 3, 3, 3, 3], 8).map(sum)).toEqual([6, 6, 6, 0]);
  });

  it('should pass its budget only by a step longer than every one before it in the slice, and finish every write', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (durations, budget) => {
        const taken = slices(durations, budget);
        for (const slice of taken) {
          if (sum(slice) <= budget || slice.length <= 1) continue;
          expect(slice.at(-1)).toBeGreaterThan(Math.max(...slice.slice(0, -1)));
        }
        expect(taken.flat()).toEqual(durations);
      }),
      propertySettings(300),
    );
  });
});
