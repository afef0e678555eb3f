import fc from 'fast-check';
import GLPK from 'glpk.js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWithDirectSolve, type DirectSolve } from '../../../src/solver/glpk-direct';
import { glpkLpSolve } from '../../../src/solver/glpk-lp-solve';
import { buildLp } from '../../../src/lp/build-lp';
import type { LpProblem, LpSolution } from '../../../src/lp/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { loadModel } from '../analysis/analysis-support';

let glpk: Awaited<ReturnType<typeof loadWithDirectSolve>>['glpk'];
let direct: DirectSolve | null;
beforeAll(async () => {
  ({ glpk, direct } = await loadWithDirectSolve(GLPK));
});

const NAME = { name: 'glpk.js', version: 'test' };

/** Both ways on the same instance; everything but the timing. */
function both(lp: LpProblem, presolve?: boolean): [LpSolution, LpSolution] {
  const options = presolve === undefined ? {} : { presolve };
  const strip = (s: LpSolution): LpSolution => ({ ...s, solver: { ...s.solver, ms: 0 } });
  return [strip(glpkLpSolve(glpk, NAME, lp, options)), strip(glpkLpSolve(glpk, NAME, lp, options, direct!))];
}

describe('DirectSolve (glpk.js\'s solve without names or ccall, on the same wasm instance)', () => {
  it('should catch glpk.js 5.0.0\'s instance and map its exports', () => {
    expect(direct).not.toBeNull();
  });

  it('should give bit for bit the answer glpk.js gives, with and without the presolver (generated scenarios)', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 7 } }), fc.boolean(), (scenario, presolve) => {
        const [viaGlpkJs, viaDirect] = both(buildLp(scenario).lp, presolve);
        // toStrictEqual compares typed arrays element by element with Object.is: −0 and NaN count.
        expect(viaDirect).toStrictEqual(viaGlpkJs);
      }),
      propertySettings(200),
    );
  });

  it('should give the same answer on the models, on infeasible LPs and on a 5,000-column LP', () => {
    const cases: LpProblem[] = ['caspian-2030', 'caspian-2030-iran-closed', 'caspian-today', 'teaching-soft-demand'].map((m) => buildLp(loadModel(m)).lp);
    const two = loadModel('teaching-two-routes');
    const { unmetPenalty: _penalty, ...hard } = two.demands[0]!;
    cases.push(buildLp({ ...two, links: two.links.map((l) => ({ ...l, capacity: 1 })), demands: [{ ...hard, volume: 1e6 }] }).lp);
    cases.push(buildLp(generateScenario({ seed: 20261127, width: 10, height: 10, demands: 14 })).lp);
    const statuses: string[] = [];
    for (const lp of cases) {
      for (const presolve of [undefined, true, false]) {
        const [viaGlpkJs, viaDirect] = both(lp, presolve);
        expect(viaDirect).toStrictEqual(viaGlpkJs);
        statuses.push(viaDirect.status);
      }
    }
    expect(statuses).toContain('infeasible');
    expect(statuses).toContain('optimal');
  });
});
