import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import GLPK, { type GLPK as GlpkInstance } from 'glpk.js/node';
import { buildLp } from '../../../src/lp/build-lp';
import type { Scenario } from '../../../src/model/types';
import { glpkLpSolve } from '../../../src/solver/glpk-lp-solve';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { smallScenarioArbitrary } from '../lp/small-scenario-arbitrary';
import { lpCertificateProblem } from './lp-certificate';

const NAME = { name: 'glpk.js', version: 'test' };
let glpk: GlpkInstance;
beforeAll(async () => {
  glpk = await GLPK();
});

/**
 * GLPK's presolver solves a transformed LP and maps the answer back; these
 * hold it to the LP as given: the same status as the plain simplex, the same
 * objective, and a primal and dual pair that the optimality certificate
 * accepts (so the duals, and every marginal value read from them, are duals
 * of our rows).
 */
describe('glpkLpSolve with the presolver', () => {
  it('should agree with the plain simplex and prove its optimum on generated scenarios', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), fc.boolean(), (scenario, reduce) => {
        const { lp } = buildLp(scenario, { reduce });
        const withPresolve = glpkLpSolve(glpk, NAME, lp, { presolve: true });
        const without = glpkLpSolve(glpk, NAME, lp, { presolve: false });
        expect(withPresolve.status).toBe(without.status);
        if (without.status !== 'optimal') return;
        expect(closeTo(withPresolve.objective, without.objective)).toBe(true);
        expect(lpCertificateProblem(lp, withPresolve)).toBeNull();
      }),
      propertySettings(300),
    );
  });

  it('should prove its optimum on a benchmark grid of about 1,000 columns, reduced and plain', () => {
    // scripts/generate-scenario.js, the benchmark's smallest size.
    const scenario = generateScenario({ seed: 20261127, width: 6, height: 6, demands: 8 }) as Scenario;
    for (const reduce of [true, false]) {
      const { lp } = buildLp(scenario, { reduce });
      const s = glpkLpSolve(glpk, NAME, lp, { presolve: true });
      expect(s.status).toBe('optimal');
      expect(lpCertificateProblem(lp, s)).toBeNull();
    }
  });

  it('should call a benchmark grid infeasible when its demands cannot all be served', () => {
    // The same grid with every demand hard and 100 times larger than the gates can carry.
    const grid = generateScenario({ seed: 20261127, width: 6, height: 6, demands: 8 }) as Scenario;
    const scenario: Scenario = { ...grid, demands: grid.demands.map(({ unmetPenalty: _, ...d }) => ({ ...d, volume: d.volume * 100 })) };
    const { lp } = buildLp(scenario);
    expect(glpkLpSolve(glpk, NAME, lp, { presolve: true }).status).toBe('infeasible');
  });
});
