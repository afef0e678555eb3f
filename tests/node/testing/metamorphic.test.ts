import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result, Scenario } from '../../../src/model/types';
import { createTestSolver, metamorphic } from '../../../src/testing/index';
import type { SolveFunction } from '../../../src/testing/index';

/*
 * A and C joined directly (10 USD/t, 60 t/yr) and through B (4 + 8 USD/t,
 * unlimited); 100 t/yr from A to C. Optimum 60 × 10 + 40 × 12 = 1080.
 */
const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'two routes',
  nodes: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
  links: [
    { id: 'direct', from: 'A', to: 'C', cost: 10, capacity: 60 },
    { id: 'ab', from: 'A', to: 'B', cost: 4 },
    { id: 'bc', from: 'B', to: 'C', cost: 8 },
    { id: 'spare', from: 'B', to: 'A', cost: 1 },
  ],
  corridors: [{ id: 'north', gates: ['direct'] }],
  demands: [{ id: 'd', from: 'A', to: 'C', volume: 100 }],
};

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  solve = await createTestSolver();
});

/** A solver with one bug, to show each relation catches what it should. */
const broken = (bug: (scenario: Scenario, result: Result) => Result): SolveFunction => (s) => bug(s, solve(s));

describe('metamorphic relations', () => {
  it('should all hold for the project\'s solver on the example', async () => {
    expect(solve(scenario).objective).toBeCloseTo(1080, 6);
    for (const relation of Object.values(metamorphic)) {
      const [params] = fc.sample(relation.params(scenario) as fc.Arbitrary<unknown>, { numRuns: 1, seed: 1 });
      expect(await relation(solve, scenario, params as never)).toEqual([]);
    }
  });

  it('moreCapacity should catch a solver whose cost grows with capacity', async () => {
    const bug = broken((s, r) => ({ ...r, objective: r.objective + 10 * (s.links[0]!.capacity ?? 0) }));
    const found = await metamorphic.moreCapacity(bug, scenario, { targets: ['links.direct.capacity'], amount: 0.5 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ invariant: 'more-capacity' });
    expect(found[0]!.message).toContain('links.direct.capacity');
  });

  it('moreDemand should catch a solver that gets cheaper with volume', async () => {
    const bug = broken((s, r) => ({ ...r, objective: r.objective - 20 * s.demands[0]!.volume }));
    expect(await metamorphic.moreDemand(bug, scenario, { demand: 'd', amount: 0.1 })).toEqual([
      expect.objectContaining({ invariant: 'more-demand', message: expect.stringContaining('demand d') }),
    ]);
  });

  it('moreDemand should not apply where a share bound can make more demand cheaper', () => {
    const shared: Scenario = { ...scenario, corridors: [{ id: 'north', gates: ['direct'], maxShare: 0.5 }] };
    expect(metamorphic.moreDemand.applies(scenario)).toBe(true);
    expect(metamorphic.moreDemand.applies(shared)).toBe(false);
  });

  it('scaleCosts should catch an objective with a fixed part', async () => {
    const bug = broken((_, r) => ({ ...r, objective: r.objective + 7 }));
    expect(await metamorphic.scaleCosts(bug, scenario, { k: 2 })).toEqual([expect.objectContaining({ invariant: 'scale-costs' })]);
  });

  it('removeUnusedLink should catch a solver that charges for every link', async () => {
    const bug = broken((s, r) => ({ ...r, objective: r.objective + s.links.length }));
    const found = await metamorphic.removeUnusedLink(bug, scenario, { pick: 0 });
    expect(found[0]?.message).toContain('removing link spare');
  });

  it('duplicateLink should catch a solver that does not share the capacity of parallel links', async () => {
    const bug = broken((s, r) => ({ ...r, objective: r.objective - s.links.filter((l) => l.capacity !== undefined).length }));
    const found = await metamorphic.duplicateLink(bug, scenario, { pick: 0, share: 0.5 });
    expect(found[0]?.message).toContain('splitting link direct');
  });

  it('renameAndReorder should catch a solver that depends on the order of links', async () => {
    const bug = broken((s, r) => ({ ...r, objective: r.objective + (s.links[0]!.id === 'direct' ? 0 : 1) }));
    const params = { nodes: [2, 1, 0], links: [3, 2, 1, 0], corridors: [0], demands: [0], prefix: 'r' };
    expect(await metamorphic.renameAndReorder(bug, scenario, params)).toEqual([expect.objectContaining({ invariant: 'rename-and-reorder' })]);
  });
});
