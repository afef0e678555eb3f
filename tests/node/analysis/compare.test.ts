import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios, type ComparedScenario } from '../../../src/analysis/compare';
import { sharesOf } from '../../../src/analysis/share-of';
import type { SolveOne } from '../../../src/analysis/types';
import { inProcessSolve, loadModel } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

async function solved(name: string): Promise<ComparedScenario> {
  const scenario = loadModel(name);
  return { name, scenario, result: await solve(scenario) };
}

describe('compareScenarios', () => {
  it('should give each row its values per scenario and the differences against the first (Caspian 2030 variants)', async () => {
    const items = await Promise.all(['caspian-2030', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed'].map(solved));
    const comparison = compareScenarios(items);
    expect(comparison.names).toEqual(['caspian-2030', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed']);
    expect(comparison.statuses).toEqual(items.map((i) => i.result.status));
    for (const row of comparison.rows) {
      expect(row.values).toHaveLength(3);
      row.values.forEach((v, i) => {
        const first = row.values[0]!;
        expect(row.differences[i]).toEqual(v === null || first === null ? null : v - first);
      });
    }
    const row = (key: string) => comparison.rows.find((r) => r.key === key)!;
    for (const id of ['titr', 'tripp', 'iran', 'other']) {
      expect(row(`share:${id}`).values).toEqual(items.map((i) => sharesOf(i.result)[id]));
    }
    expect(row('objective').values).toEqual(items.map((i) => i.result.objective));
    expect(row('unmet').values).toEqual(items.map((i) => i.result.unmet));
    // Building TRIPP gives its corridor freight; closing Iran takes all of Iran's.
    expect(row('share:tripp').differs).toBe(true);
    expect(row('share:tripp').differences[1]!).toBeGreaterThan(0);
    expect(row('share:iran').values[2]).toBe(0);
    expect(row('share:iran').differences[2]!).toBeLessThan(0);
  });

  it('should mark a row as not differing when every scenario gives the same value', async () => {
    const a = await solved('teaching-two-routes');
    const comparison = compareScenarios([a, { ...a, name: 'copy' }]);
    expect(comparison.rows.every((r) => !r.differs)).toBe(true);
    expect(comparison.rows.every((r) => r.differences.every((d) => d === null || d === 0))).toBe(true);
    expect(comparison.bottlenecks[1]).toEqual({ binding: comparison.bottlenecks[0]!.binding, added: [], removed: [] });
  });

  it('should list the bottlenecks a change adds and removes', async () => {
    // teaching-two-routes binds only the sea leg (capacity 60 < 100 t of demand);
    // with capacity 200 nothing binds, so the sea leg is removed and nothing added.
    const base = await solved('teaching-two-routes');
    const roomy = { ...base.scenario, links: base.scenario.links.map((l) => (l.id === 'sea-leg' ? { ...l, capacity: 200 } : l)) };
    const comparison = compareScenarios([base, { name: 'roomy', scenario: roomy, result: await solve(roomy) }]);
    expect(comparison.bottlenecks[0]!.binding).toEqual(['link:sea-leg']);
    expect(comparison.bottlenecks[1]).toEqual({ binding: [], added: [], removed: ['link:sea-leg'] });
    expect(comparison.rows.find((r) => r.key === 'objective')!.differences[1]).toBeCloseTo(2000 - 2400, 6);
  });

  it('should price the cost per served tonne without the penalty paid for unserved tonnes', async () => {
    // teaching-soft-demand (its description works it out): 50 t served on the direct
    // link at 20 + 2 days × 5 = 30 USD/t, 30 t unmet at a penalty of 45 USD/t, so the
    // objective is 50 × 30 + 30 × 45 = 2850 USD/yr but a served tonne costs 30 USD, not 2850 / 50 = 57.
    const base = await solved('teaching-soft-demand');
    expect(base.result.objective).toBeCloseTo(2850, 6);
    const comparison = compareScenarios([base, { ...base, name: 'copy' }]);
    expect(comparison.rows.find((r) => r.key === 'unitCost')!.values).toEqual([expect.closeTo(30, 6), expect.closeTo(30, 6)]);
  });

  it('should leave values null for a scenario that is not optimal', async () => {
    const base = await solved('teaching-two-routes');
    // Closing the land route leaves 40 of the 100 hard tonnes without a route.
    const closed = { ...base.scenario, links: base.scenario.links.map((l) => (l.id === 'land-leg' ? { ...l, enabled: false } : l)) };
    const comparison = compareScenarios([base, { name: 'closed', scenario: closed, result: await solve(closed) }]);
    expect(comparison.statuses).toEqual(['optimal', 'infeasible']);
    const objective = comparison.rows.find((r) => r.key === 'objective')!;
    expect(objective.values[1]).toBeNull();
    expect(objective.differences[1]).toBeNull();
    expect(objective.differs).toBe(true);
  });
});
