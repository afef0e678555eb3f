/**
 * Capacity-row generation in the path method (`LeftOutRows`): packing rows (link capacities, a corridor's maxFlow)
 * start out of the master's LP and come back once its flows fill them. The method must certify the arc LP's own
 * optimum whether no capacity binds (every row stays out), every one binds (every row comes back), or anything
 * between, with the masters solved cold or grown warm, seeded or not.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { PathMaster } from '../../../src/lp/path-master';
import { LeftOutRows, packingRows } from '../../../src/lp/packing-rows';
import { solveByPaths, type PathGenerationStats, type PathSolveOptions } from '../../../src/lp/solve-by-paths';
import type { Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { generatedGridArbitrary } from './generated-grid-arbitrary';
import { link, scenarioOf } from './scenario-fixture';
import { sharedOriginScenarioArbitrary } from './shared-origin-scenario-arbitrary';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

interface ByPaths {
  readonly status: string;
  readonly objective: number;
  readonly stats: PathGenerationStats;
}

/** The path method on `scenario` with `options`, its masters grown warm as the solver runs them. */
function byPaths(scenario: Scenario, options: PathSolveOptions): ByPaths {
  const build = buildLp(scenario);
  let stats: PathGenerationStats | undefined;
  const solution = solveByPaths(build, solver.solveLp, { ...options, ...(solver.growingLp ? { masterLp: solver.growingLp } : {}) }, (s) => (stats = s));
  return { status: solution.status, objective: solution.objective, stats: stats! };
}

/** `scenario` with every link capacity times `factor`. */
function scaled(scenario: Scenario, factor: number): Scenario {
  return { ...scenario, links: scenario.links.map((l) => (l.capacity === undefined ? l : { ...l, capacity: l.capacity * factor })) };
}

/** Three routes A→X→B, A→Y→B, A→Z→B of 10 t/yr on every link, costs 1, 2, 3 per link; 30 t/yr must go: every link full. */
const everyLinkFull = scenarioOf({
  nodes: ['A', 'B', 'X', 'Y', 'Z'],
  links: ['X', 'Y', 'Z'].flatMap((via, i) => [link('A', via, i + 1, { capacity: 10 }), link(via, 'B', i + 1, { capacity: 10 })]),
  demands: [{ id: 'd', from: 'A', to: 'B', volume: 30 }],
});

describe('LeftOutRows', () => {
  it('should leave every packing row out and put back those the flows fill to 90% or more, counting the ones they break', () => {
    const master = PathMaster.of(buildLp(everyLinkFull))!;
    const packing = packingRows(master);
    expect(Array.from(packing).filter((p) => p === 1)).toHaveLength(6);
    const rows = new LeftOutRows(master);
    expect(master.rowsLeftOut).toBe(6);
    // All 30 t on the cheapest route: its two links are broken (300%), the others empty.
    const { lp } = master.build;
    const cheapest = [0, 1].map((l) => master.build.layout.columnItem.findIndex((item, j) => item === l && j < lp.numCols));
    master.addPath(0, cheapest);
    const primal = new Float64Array(master.pathColumn(1));
    primal[master.pathColumn(0)] = 30;
    expect(rows.putBackReached(primal)).toEqual({ rows: 2, broken: 2 });
    expect(master.rowsLeftOut).toBe(4);
    // 9 t/yr fills 90% of a 10 t/yr link: put back, not broken.
    primal[master.pathColumn(0)] = 9;
    expect(rows.putBackReached(primal)).toEqual({ rows: 0, broken: 0 });
  });

  it('should certify the optimum with every capacity row back in the master when every link is full', () => {
    // 10 × (2 + 4 + 6) = 120. Unseeded, the first master puts all 30 t on the cheapest route and rows come back.
    for (const seedWithinCapacities of [false, true]) {
      const { status, objective, stats } = byPaths(everyLinkFull, { seedWithinCapacities });
      expect(status).toBe('optimal');
      expect(closeTo(objective, 120)).toBe(true);
      expect(stats.fellBack).toBeNull();
      expect(stats.masterRows).toBe(7);
    }
  });

  it('should certify the optimum with no capacity row in the master when no capacity binds', () => {
    const scenario = scaled(generateScenario({ seed: 5, width: 8, height: 8, demands: 10 }) as Scenario, 1000);
    const build = buildLp(scenario);
    const arc = solver.solveLp(build.lp);
    const master = PathMaster.of(build)!;
    const numPacking = Array.from(packingRows(master)).filter((p) => p === 1).length;
    expect(numPacking).toBeGreaterThan(0);
    const { objective, stats } = byPaths(scenario, {});
    expect(stats.fellBack).toBeNull();
    expect(closeTo(objective, arc.objective)).toBe(true);
    expect(stats.masterRows).toBe(master.numRows - numPacking);
  });
});

describe('solveByPaths with capacity rows left out', () => {
  const variants: readonly PathSolveOptions[] = [
    { leaveOutRows: true, seedWithinCapacities: true },
    { leaveOutRows: true, seedWithinCapacities: false },
    { leaveOutRows: false, seedWithinCapacities: true },
  ];

  /** Each variant against the path method with every row in and no seeding, and against the arc LP. */
  function agrees(scenario: Scenario): void {
    const arc = solver.solveLp(buildLp(scenario).lp);
    const plain = byPaths(scenario, { leaveOutRows: false, seedWithinCapacities: false });
    expect(plain.status).toBe(arc.status);
    for (const options of variants) {
      const run = byPaths(scenario, options);
      expect(run.status, JSON.stringify(options)).toBe(arc.status);
      if (arc.status !== 'optimal') continue;
      expect(closeTo(run.objective, arc.objective, 1e-7), `${JSON.stringify(options)}: ${run.objective} ≠ ${arc.objective}`).toBe(true);
      // A certificate the plain method builds, the method with rows left out builds too.
      if (plain.stats.fellBack === null) expect(run.stats.fellBack, JSON.stringify(options)).toBeNull();
    }
  }

  it('should certify where its master reaches the optimum with duals under which a loop through two gates costs less than nothing', () => {
    // Found with FC_SEED=1212. The gates n0→n1 and n1→n0 (both free) must carry 16 t/yr, and 0.83 of the 20 t/yr at
    // most. Seeded, the warm master ends at the optimum (3.277 USD/yr) with the minFlow and maxShare rows' duals
    // 30 and −1.2: the loop n0→n1→n0 then costs −2 × 28.8 and the method fell back to the arc LP, where the plain
    // method's master had ended at duals that price it at 2. With the loop as a cycle column the master's duals price it.
    const scenario = scenarioOf({
      nodes: ['n0', 'n1'],
      links: [link('n0', 'n1', 1, { id: 'l0' }), link('n1', 'n0', 0, { id: 'l1' }), link('n0', 'n1', 0, { id: 'l2' })],
      corridors: [{ id: 'c0', gates: ['l1', 'l2'], maxShare: 0.83, minFlow: 16 }],
      demands: [
        { id: 'd0', from: 'n0', to: 'n1', volume: 4, unmetPenalty: 0 },
        { id: 'd1', from: 'n0', to: 'n1', volume: 16, unmetPenalty: 2 },
      ],
    });
    agrees(scenario);
  });

  it('should give the arc LP\'s status and objective on generated grids whose capacities bind more or less', () => {
    fc.assert(
      fc.property(
        generatedGridArbitrary(),
        fc.constantFrom(0.3, 0.6, 1, 3),
        (options, factor) => agrees(scaled(generateScenario(options) as Scenario, factor)),
      ),
      propertySettings(25),
    );
  });

  it.each([
    ['small scenarios', smallScenarioArbitrary],
    ['demands sharing origins', sharedOriginScenarioArbitrary],
  ] as const)('should give the arc LP\'s status and objective on %s (corridors, node capacities, soft demands)', (_, scenarioArbitrary) => {
    fc.assert(fc.property(scenarioArbitrary(), (scenario: Scenario) => agrees(scenario)), propertySettings(60));
  });
});
