import fc from 'fast-check';
import GLPK from 'glpk.js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWithDirectSolve } from '../../../src/solver/glpk-direct';
import type { DirectSolve } from '../../../src/solver/glpk-problem';
import type { WarmDirect } from '../../../src/solver/glpk-warm-direct';
import { glpkLpSolve } from '../../../src/solver/glpk-lp-solve';
import { buildLp } from '../../../src/lp/build-lp';
import { verifySolution } from '../../../src/lp/verify-solution';
import type { LpProblem } from '../../../src/lp/types';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';

let glpk: Awaited<ReturnType<typeof loadWithDirectSolve>>['glpk'];
let direct: DirectSolve | null;
let warm: (() => WarmDirect) | null;
beforeAll(async () => {
  ({ glpk, direct, warm } = await loadWithDirectSolve(GLPK));
});

const NAME = { name: 'glpk.js', version: 'test' };

/** The scenario in another model year: volumes and capacities scaled (the same LP shape, other right-hand sides). */
function scaled(scenario: Scenario, volumes: number, capacities: number): Scenario {
  return {
    ...scenario,
    demands: scenario.demands.map((d) => ({ ...d, volume: d.volume * volumes })),
    links: scenario.links.map((l) => (l.capacity === undefined ? l : { ...l, capacity: l.capacity * capacities })),
  };
}

/** Each LP solved by one warm solver in turn, and cold: the statuses and objectives side by side. */
function warmAndCold(lps: readonly LpProblem[], presolve?: boolean, timeLimitSeconds?: number) {
  const kept = warm!();
  const options = { ...(presolve === undefined ? {} : { presolve }), ...(timeLimitSeconds === undefined ? {} : { timeLimitSeconds }) };
  try {
    const results = lps.map((lp) => {
      const hot = glpkLpSolve(glpk, NAME, lp, options, kept.solve);
      const verified = hot.status === 'optimal' ? verifySolution(lp, hot.primal, hot.dual) : null;
      const cold = glpkLpSolve(glpk, NAME, lp, options, direct!);
      return { warm: { status: hot.status, objective: hot.objective, verified }, cold: { status: cold.status, objective: cold.objective } };
    });
    return Object.assign(results, { warmStarts: kept.warmStarts() });
  } finally {
    kept.release();
  }
}

describe('WarmDirect (a GLPK problem kept between solves of LPs of one shape)', () => {
  it('should be there for glpk.js 5.0.0', () => {
    expect(warm).not.toBeNull();
  });

  it('should give the cold answer for every model year, verified in the LP\'s own units, with and without the presolver', () => {
    const years = fc.array(fc.tuple(fc.double({ min: 0.2, max: 6, noNaN: true }), fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 3, noNaN: true }))), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 7 } }), years, fc.constantFrom(undefined, true, false), (scenario, factors, presolve) => {
        const lps = factors.map(([volumes, capacities]) => buildLp(scaled(scenario, volumes, capacities)).lp);
        for (const { warm: hot, cold } of warmAndCold(lps, presolve)) {
          expect(hot.status).toBe(cold.status);
          expect(hot.verified).toBeNull();
          if (cold.status === 'optimal') expect(closeTo(hot.objective, cold.objective, 1e-7), `${hot.objective} vs ${cold.objective}`).toBe(true);
        }
      }),
      propertySettings(150),
    );
  });

  it('should start cold, and still answer right, when the next LP has another shape', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 6 } }), scenarioArbitrary({ nodes: { min: 2, max: 6 } }), (a, b) => {
        const lps = [buildLp(a).lp, buildLp(b).lp, buildLp(scaled(a, 2, 1)).lp, buildLp(scaled(b, 0.5, 2)).lp];
        for (const { warm: hot, cold } of warmAndCold(lps)) {
          expect(hot.status).toBe(cold.status);
          if (cold.status === 'optimal') expect(closeTo(hot.objective, cold.objective, 1e-7)).toBe(true);
        }
      }),
      propertySettings(60),
    );
  });

  it.each([undefined, 600])('should solve the model years of a 5,000-column network as the cold solver does, infeasible years included (time limit %s s)', (limit) => {
    const scenario = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 14 });
    const lps = [1, 1.05, 1.2, 40, 1.3].map((v) => buildLp(scaled(scenario, v, 1)).lp);
    const results = warmAndCold(lps, undefined, limit);
    // The second and third years start from the first one's basis (a time limit, a fraction of a ms in C's int, included).
    expect(results.warmStarts).toBeGreaterThanOrEqual(2);
    expect(results.map((r) => r.warm.status)).toEqual(results.map((r) => r.cold.status));
    expect(results.map((r) => r.cold.status)).toContain('optimal');
    for (const { warm: hot, cold } of results) if (cold.status === 'optimal') expect(closeTo(hot.objective, cold.objective, 1e-7)).toBe(true);
  });
});
