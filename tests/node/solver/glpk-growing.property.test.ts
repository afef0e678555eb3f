/**
 * `growingDirect` (glpk-growing-direct.ts): one GLPK problem kept across LPs that
 * grow by columns, each solved by the primal simplex from the last basis.
 * The answers must be the cold ones, certified in each LP's own units, and
 * the path method's masters (the use it is made for) must start warm.
 */
import fc from 'fast-check';
import GLPK from 'glpk.js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWithDirectSolve } from '../../../src/solver/glpk-direct';
import type { DirectSolve } from '../../../src/solver/glpk-problem';
import type { WarmDirect } from '../../../src/solver/glpk-warm-direct';
import { glpkLpSolve } from '../../../src/solver/glpk-lp-solve';
import { buildLp } from '../../../src/lp/build-lp';
import { solveByPaths, type PathGenerationStats } from '../../../src/lp/solve-by-paths';
import { verifySolution } from '../../../src/lp/verify-solution';
import type { LpProblem, LpSolve } from '../../../src/lp/types';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';

let glpk: Awaited<ReturnType<typeof loadWithDirectSolve>>['glpk'];
let direct: DirectSolve | null;
let growing: (() => WarmDirect) | null;
beforeAll(async () => {
  ({ glpk, direct, growing } = await loadWithDirectSolve(GLPK));
});

const NAME = { name: 'glpk.js', version: 'test' };

/** `lp` with its first `numCols` columns only (the same rows): the LPs a column generation solves on its way. */
function prefix(lp: LpProblem, numCols: number): LpProblem {
  const rowStart = new Int32Array(lp.numRows + 1);
  const index: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < lp.numRows; i++) {
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      if (lp.rowIndex[p]! >= numCols) continue;
      index.push(lp.rowIndex[p]!);
      value.push(lp.rowValue[p]!);
    }
    rowStart[i + 1] = index.length;
  }
  return {
    ...lp,
    numCols,
    objective: lp.objective.slice(0, numCols),
    colLower: lp.colLower.slice(0, numCols),
    colUpper: lp.colUpper.slice(0, numCols),
    rowStart,
    rowIndex: Int32Array.from(index),
    rowValue: Float64Array.from(value),
  };
}

/** `lp` with every `every`-th column's cost and upper bound and every `every`-th row's bounds times `factor`. */
function changed(lp: LpProblem, every: number, factor: number): LpProblem {
  const objective = lp.objective.slice();
  const colUpper = lp.colUpper.slice();
  const rowLower = lp.rowLower.slice();
  const rowUpper = lp.rowUpper.slice();
  for (let j = 0; j < lp.numCols; j += every) {
    objective[j]! *= factor;
    colUpper[j] = Math.max(lp.colLower[j]!, colUpper[j]! * factor);
  }
  for (let i = 0; i < lp.numRows; i += every) {
    rowLower[i]! *= factor;
    rowUpper[i]! *= factor;
    if (rowLower[i]! > rowUpper[i]!) [rowLower[i], rowUpper[i]] = [rowUpper[i]!, rowLower[i]!];
  }
  return { ...lp, objective, colUpper, rowLower, rowUpper };
}

/** `lp` without the entries of its rows where `empty` is 1 (their bounds kept): rows the path method leaves out of a master. */
function emptied(lp: LpProblem, empty: Uint8Array): LpProblem {
  const rowStart = new Int32Array(lp.numRows + 1);
  const index: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < lp.numRows; i++) {
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]! && empty[i] !== 1; p++) {
      index.push(lp.rowIndex[p]!);
      value.push(lp.rowValue[p]!);
    }
    rowStart[i + 1] = index.length;
  }
  return { ...lp, rowStart, rowIndex: Int32Array.from(index), rowValue: Float64Array.from(value) };
}

/** `part` solved warm by `kept` and cold: the same status, and the cold optimum verified in `part`'s own units. */
function expectWarmAsCold(kept: WarmDirect, part: LpProblem): void {
  const warm = glpkLpSolve(glpk, NAME, part, {}, kept.solve);
  const cold = glpkLpSolve(glpk, NAME, part, {}, direct!);
  expect(warm.status).toBe(cold.status);
  if (cold.status !== 'optimal') return;
  expect(verifySolution(part, warm.primal, warm.dual)).toBeNull();
  expect(closeTo(warm.objective, cold.objective, 1e-7), `${warm.objective} vs ${cold.objective}`).toBe(true);
}

describe('growingDirect (a GLPK problem kept while the LP grows by columns)', () => {
  it('should be there for glpk.js 5.0.0', () => {
    expect(growing).not.toBeNull();
  });

  it('should give the cold answer for every LP of a growing sequence, verified in its own units', () => {
    const cuts = fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 7 } }), cuts, (scenario, fractions) => {
        const { lp } = buildLp(scenario);
        const sizes = [...new Set([...fractions.map((f) => Math.max(1, Math.round(f * lp.numCols))), lp.numCols])].sort((a, b) => a - b);
        const kept = growing!();
        try {
          for (const size of sizes) {
            const part = prefix(lp, size);
            expectWarmAsCold(kept, part);
          }
        } finally {
          kept.release();
        }
      }),
      propertySettings(120),
    );
  });

  it("should give the cold answer when old columns' costs and bounds and the rows' bounds change as the LP grows", () => {
    // What the path method does between masters: a retired path's upper bound goes to 0, the artificials' cost
    // rises, and a master solved scaled has other costs and bounds than the one before it.
    const change = fc.record({ size: fc.double({ min: 0.05, max: 1, noNaN: true }), pick: fc.integer({ min: 1, max: 5 }), factor: fc.constantFrom(0, 0.5, 2, 100) });
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 7 } }), fc.array(change, { minLength: 2, maxLength: 4 }), (scenario, changes) => {
        const { lp } = buildLp(scenario);
        const kept = growing!();
        let size = 0;
        try {
          for (const [step, { size: fraction, pick, factor }] of changes.entries()) {
            size = Math.max(size, Math.max(1, Math.round(fraction * lp.numCols)));
            const part = changed(prefix(lp, size), step + pick, factor);
            expectWarmAsCold(kept, part);
          }
        } finally {
          kept.release();
        }
      }),
      propertySettings(120),
    );
  });

  it('should give the cold answer, warm, when rows that were empty come back with entries in old columns', () => {
    // The path method's masters with capacity rows left out (`LeftOutRows`): a row comes back with an entry in every
    // path over its link, old paths among them, and the next master has new paths too. Only rows that hold at 0.
    const step = fc.record({ size: fc.double({ min: 0.05, max: 1, noNaN: true }), back: fc.double({ min: 0, max: 1, noNaN: true }) });
    let warmStarts = 0;
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 7 } }), fc.array(step, { minLength: 2, maxLength: 4 }), (scenario, steps) => {
        const { lp } = buildLp(scenario);
        const holdsAtZero = (i: number): boolean => lp.rowLower[i]! <= 0 && lp.rowUpper[i]! >= 0;
        const empty = new Uint8Array(lp.numRows).map((_, i) => (holdsAtZero(i) ? 1 : 0));
        const kept = growing!();
        let size = 0;
        try {
          for (const { size: fraction, back } of steps) {
            size = Math.max(size, Math.max(1, Math.round(fraction * lp.numCols)));
            // Rows come back in order, and never leave again.
            const upTo = Math.round(back * lp.numRows);
            for (let i = 0; i < upTo; i++) empty[i] = 0;
            const part = prefix(emptied(lp, empty), size);
            expectWarmAsCold(kept, part);
          }
          warmStarts += kept.warmStarts();
        } finally {
          kept.release();
        }
      }),
      propertySettings(120),
    );
    // The LPs grew: most were started warm, not rebuilt (rebuilt, the answers would be right and the test idle).
    expect(warmStarts).toBeGreaterThan(0);
  });

  it('should start warm when rows that were empty come back with entries in old columns', () => {
    const scenario = generateScenario({ seed: 3, width: 5, height: 5, demands: 6 }) as Scenario;
    const { lp } = buildLp(scenario);
    const empty = new Uint8Array(lp.numRows).map((_, i) => (lp.rowLower[i]! <= 0 && lp.rowUpper[i]! >= 0 ? 1 : 0));
    const kept = growing!();
    try {
      const first = emptied(lp, empty);
      for (const part of [first, lp]) {
        const warm = glpkLpSolve(glpk, NAME, part, {}, kept.solve);
        const cold = glpkLpSolve(glpk, NAME, part, {}, direct!);
        expect(warm.status).toBe('optimal');
        expect(closeTo(warm.objective, cold.objective, 1e-7)).toBe(true);
      }
      // The second LP is the first with its empty rows filled, old columns' entries among them.
      expect(kept.warmStarts()).toBe(1);
    } finally {
      kept.release();
    }
  });

  it('should start cold, and still answer right, when the next LP is not the last one grown', () => {
    const scenario = generateScenario({ seed: 3, width: 5, height: 5, demands: 6 }) as Scenario;
    const { lp } = buildLp(scenario);
    const kept = growing!();
    try {
      const lps = [prefix(lp, lp.numCols), prefix(lp, Math.floor(lp.numCols / 2)), lp];
      for (const part of lps) {
        const warm = glpkLpSolve(glpk, NAME, part, {}, kept.solve);
        const cold = glpkLpSolve(glpk, NAME, part, {}, direct!);
        expect(warm.status).toBe(cold.status);
        if (cold.status === 'optimal') expect(closeTo(warm.objective, cold.objective, 1e-7)).toBe(true);
      }
      // Only the last grew from the one before it (the second dropped columns).
      expect(kept.warmStarts()).toBe(1);
    } finally {
      kept.release();
    }
  });

  it("should start every master of the path method after the first from the last one's basis", () => {
    const scenario = generateScenario({ seed: 5, width: 10, height: 10, demands: 14 }) as Scenario;
    const build = buildLp(scenario);
    const kept = growing!();
    let masters = 0;
    let arcSolves = 0;
    let stats: PathGenerationStats | undefined;
    const masterLp: LpSolve = (lp, options) => {
      masters++;
      return glpkLpSolve(glpk, NAME, lp, options, kept.solve);
    };
    const arcLp: LpSolve = (lp, options) => {
      arcSolves++;
      return glpkLpSolve(glpk, NAME, lp, options, direct!);
    };
    const solution = solveByPaths(build, arcLp, { masterLp: () => ({ solveLp: masterLp, release: kept.release }) }, (s) => (stats = s));
    const cold = solveByPaths(build, arcLp, {});
    expect(stats!.fellBack).toBeNull();
    expect(arcSolves).toBe(cold.status === 'optimal' ? stats!.rounds : 0);
    expect(masters).toBe(stats!.rounds);
    expect(stats!.rounds).toBeGreaterThan(1);
    expect(kept.warmStarts()).toBe(stats!.rounds - 1);
    expect(closeTo(solution.objective, cold.objective)).toBe(true);
  });
});
