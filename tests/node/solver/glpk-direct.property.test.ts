import fc from 'fast-check';
import GLPK from 'glpk.js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWithDirectSolve } from '../../../src/solver/glpk-direct';
import type { DirectSolve } from '../../../src/solver/glpk-problem';
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

/**
 * Small LPs of every shape: columns only in the objective, only in rows or in
 * neither; empty rows; free, one-sided, boxed and fixed bounds on rows and
 * columns; so infeasible and unbounded ones too, and with the presolver the
 * second solve of the rows alone (where glpk.js numbers columns differently).
 */
const lpArbitrary: fc.Arbitrary<LpProblem> = fc
  .record({ numCols: fc.integer({ min: 1, max: 7 }), numRows: fc.integer({ min: 0, max: 6 }) })
  .chain(({ numCols, numRows }) => {
    const bound = fc.oneof(fc.constant(-Infinity), fc.constant(Infinity), fc.integer({ min: -4, max: 6 }));
    const range = fc.tuple(bound, bound).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])).filter(([a, b]) => a !== Infinity && b !== -Infinity);
    const coef = fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 5 }), fc.double({ min: -2, max: 2, noNaN: true }));
    return fc.record({
      objective: fc.array(coef, { minLength: numCols, maxLength: numCols }),
      cols: fc.array(range, { minLength: numCols, maxLength: numCols }),
      rows: fc.array(fc.tuple(range, fc.array(fc.option(fc.integer({ min: -3, max: 4 }).filter((c) => c !== 0)), { minLength: numCols, maxLength: numCols })), {
        minLength: numRows,
        maxLength: numRows,
      }),
    });
  })
  .map(({ objective, cols, rows }) => {
    const rowStart = [0];
    const rowIndex: number[] = [];
    const rowValue: number[] = [];
    for (const [, entries] of rows) {
      entries.forEach((c, j) => {
        if (c === null) return;
        rowIndex.push(j);
        rowValue.push(c);
      });
      rowStart.push(rowIndex.length);
    }
    return {
      numCols: objective.length,
      numRows: rows.length,
      objective: Float64Array.from(objective),
      objectiveConstant: 0,
      colLower: Float64Array.from(cols, ([a]) => a),
      colUpper: Float64Array.from(cols, ([, b]) => b),
      rowLower: Float64Array.from(rows, ([[a]]) => a),
      rowUpper: Float64Array.from(rows, ([[, b]]) => b),
      rowStart: Int32Array.from(rowStart),
      rowIndex: Int32Array.from(rowIndex),
      rowValue: Float64Array.from(rowValue),
    };
  });

describe('DirectSolve (glpk.js\'s solve without names, ccall or JSON, on the same wasm instance)', () => {
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

  it('should give bit for bit the answer glpk.js gives on small LPs of every shape', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(lpArbitrary, fc.constantFrom(undefined, true, false), (lp, presolve) => {
        const [viaGlpkJs, viaDirect] = both(lp, presolve);
        expect(viaDirect).toStrictEqual(viaGlpkJs);
        statuses.add(viaDirect.status);
      }),
      propertySettings(500),
    );
    // The generator reaches every outcome GLPK can give.
    expect([...statuses].sort()).toEqual(['infeasible', 'optimal', 'unbounded']);
  });

  it('should give the same answer on the models, on infeasible LPs and on a 5,000-column LP', () => {
    const cases: LpProblem[] = ['caspian-2030', 'caspian-2030-iran-closed', 'caspian-2024', 'teaching-soft-demand'].map((m) => buildLp(loadModel(m)).lp);
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
