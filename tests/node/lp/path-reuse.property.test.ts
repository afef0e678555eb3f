/**
 * Column reuse of the path method (`PathReuse`): a run of same-layout
 * variants (a sweep's points, Monte Carlo draws) solved with the paths of
 * the last solve seeded into the first master gives the arc LP's own
 * status and objective, and the seeding really happens (it fails with
 * reuse switched off: nothing seeded, as many rounds as cold).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { PathReuse } from '../../../src/lp/path-reuse';
import { solveByPaths, type PathGenerationStats } from '../../../src/lp/solve-by-paths';
import type { Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/check-result';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** `base` with the capacity of its `at`-th capacitated link (modulo their number) times `factor`: the layout stays. */
function withCapacity(base: Scenario, at: number, factor: number): Scenario {
  const capacitated = base.links.flatMap((l, i) => (l.capacity === undefined ? [] : [i]));
  if (capacitated.length === 0) return base;
  const i = capacitated[at % capacitated.length]!;
  return { ...base, links: base.links.map((l, j) => (j === i ? { ...l, capacity: l.capacity! * factor } : l)) };
}

/** Solves `scenario` by paths (with `reuse` when given) and checks status and objective against the arc LP's. */
function solveAndCompare(scenario: Scenario, reuse: PathReuse | undefined): PathGenerationStats {
  const build = buildLp(scenario);
  let stats: PathGenerationStats | undefined;
  const solution = solveByPaths(build, solver.solveLp, reuse === undefined ? {} : { pathReuse: reuse }, (s) => (stats = s));
  const arc = solver.solveLp(build.lp);
  expect(solution.status).toBe(arc.status);
  if (arc.status === 'optimal') expect(closeTo(solution.objective, arc.objective, 1e-7), `objective ${solution.objective} by paths, ${arc.objective} arc`).toBe(true);
  return stats!;
}

describe('PathReuse (the path method seeded with the last solve\'s paths)', () => {
  it('should give the arc LP\'s status and objective for every variant of a capacity sequence, seeding paths along the way', () => {
    let seeded = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.record({ at: fc.nat(40), factor: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 1.5, noNaN: true })) }), { minLength: 2, maxLength: 5 }),
        (seed, sequence) => {
          const base = generateScenario({ seed, width: 5, height: 4, demands: 6 }) as Scenario;
          const reuse = new PathReuse();
          for (const { at, factor } of sequence) seeded += solveAndCompare(withCapacity(base, at, factor), reuse).seeded;
        },
      ),
      propertySettings(30),
    );
    // The property is about reuse: the sequences must have seeded paths that pricing from scratch did not give.
    expect(seeded).toBeGreaterThan(0);
  });

  it('should price a sweep point in fewer rounds than cold, and seed nothing into another layout', () => {
    const base = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 20 }) as Scenario;
    const points = [0.5, 0.7, 0.9, 1.1].map((factor) => withCapacity(base, 0, factor));
    const reuse = new PathReuse();
    let warmRounds = 0;
    let coldRounds = 0;
    points.forEach((scenario, i) => {
      const warm = solveAndCompare(scenario, reuse);
      const cold = solveAndCompare(scenario, undefined);
      expect(warm.fellBack).toBeNull();
      if (i > 0) {
        warmRounds += warm.rounds;
        coldRounds += cold.rounds;
      }
    });
    expect(reuse.seededSolves).toBe(points.length - 1);
    expect(warmRounds).toBeLessThan(coldRounds);
    // One demand fewer: another layout, whose flow columns the kept paths do not name.
    const other = { ...base, demands: base.demands.slice(1) };
    expect(solveAndCompare(other, reuse).seeded).toBe(0);
  });

  it('should reuse columns in a warm solver, with the cold answers and their certificates', () => {
    const base = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 20 }) as Scenario;
    const warm = solver.warmSolver!();
    try {
      for (const factor of [0.5, 0.8, 1.2]) {
        const scenario = withCapacity(base, 0, factor);
        const hot = warm.solve(scenario, { method: 'paths' });
        const cold = solver.solve(scenario, { method: 'paths' });
        expect(hot.status).toBe(cold.status);
        expect(closeTo(hot.objective, cold.objective, 1e-7), `objective ${hot.objective} warm, ${cold.objective} cold`).toBe(true);
        expect(checkResult(scenario, hot)).toEqual([]);
      }
      expect(warm.columnsReused!()).toBeGreaterThan(0);
    } finally {
      warm.release();
    }
  });
});
