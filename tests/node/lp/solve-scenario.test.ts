import { beforeAll, describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import { solveScenario } from '../../../src/lp/solve-scenario';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { byId, link, scenarioOf } from './scenario-fixture';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});
const solve = (scenario: Scenario): Result => solveScenario(scenario, solver.solveLp);

function expectClose(actual: number | null | undefined, expected: number, rel = 1e-6): void {
  expect(actual, `${actual} ≈ ${expected}`).not.toBeNull();
  expect(closeTo(actual as number, expected, rel), `${actual} ≈ ${expected}`).toBe(true);
}

/** Two parallel links A→B: `cheap` (10 USD/t, capacity 60) and `dear` (15 USD/t, unlimited); 100 t/yr from A to B. */
const parallel = (cheapCapacity = 60, volume = 100): Scenario =>
  scenarioOf({
    nodes: ['A', 'B'],
    links: [
      link('A', 'B', 10, { id: 'cheap', capacity: cheapCapacity }),
      link('A', 'B', 15, { id: 'dear' }),
    ],
    demands: [{ id: 'd', from: 'A', to: 'B', volume }],
  });

describe('solveScenario', () => {
  describe('two parallel routes with a capacity', () => {
    it('should fill the cheap route and send the rest on the dear one', () => {
      const r = solve(parallel());
      expect(r.status).toBe('optimal');
      // 60 t at 10 + 40 t at 15 = 600 + 600.
      expectClose(r.objective, 1200);
      expectClose(byId(r.links, 'cheap').flow, 60);
      expectClose(byId(r.links, 'dear').flow, 40);
      expectClose(byId(r.links, 'cheap').utilisation, 1);
      expect(byId(r.links, 'dear').utilisation).toBeNull();
      expectClose(r.served, 100);
      expect(r.unmet).toBe(0);
      expect(r.diagnosis).toBeUndefined();
    });

    it('should value the binding capacity at the cost difference', () => {
      const r = solve(parallel());
      // One more t/yr on `cheap` saves 15 − 10.
      expectClose(byId(r.links, 'cheap').marginalValue, 5);
      expect(byId(r.links, 'dear').marginalValue).toBe(0);
    });

    it('should match the marginal value to a re-solve with one more t/yr of capacity', () => {
      const base = solve(parallel(60)).objective;
      const more = solve(parallel(61)).objective;
      expectClose(base - more, byId(solve(parallel(60)).links, 'cheap').marginalValue);
    });

    it('should price one more tonne of the demand at the dear route', () => {
      const r = solve(parallel());
      expectClose(byId(r.demands, 'd').marginalCost, 15);
      expectClose(solve(parallel(60, 101)).objective - r.objective, 15);
    });

    it('should report unit cost and days per served tonne', () => {
      const r = solve(parallel());
      const d = byId(r.demands, 'd');
      expectClose(d.unitCost, 12); // 1200 / 100
      expect(d.days).toBe(0);
      expectClose(d.served, 100);
      expect(d.unmet).toBe(0);
    });

    it('should give links that carry flow a reduced cost of 0', () => {
      const r = solve(parallel());
      expect(byId(r.links, 'cheap').reducedCost).toBe(0);
      expect(byId(r.links, 'dear').reducedCost).toBe(0);
    });
  });

  describe('reduced costs', () => {
    it('should say how much cheaper an unused link must get', () => {
      // A→M→B costs 4 + 4 = 8; the direct link costs 11 → 3 too dear. Node B's
      // handling cost 2 falls on both routes alike and changes nothing.
      const r = solve(
        scenarioOf({
          nodes: ['A', 'M', { id: 'B', cost: 2 }],
          links: [link('A', 'M', 4), link('M', 'B', 4), link('A', 'B', 11)],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 10 }],
        }),
      );
      expectClose(byId(r.links, 'AB').reducedCost, 3);
      expect(byId(r.links, 'AM').reducedCost).toBe(0);
      expect(byId(r.links, 'AB').flow).toBe(0);
      expectClose(r.objective, 10 * (8 + 2));
    });

    it('should be null for links no demand can use', () => {
      const r = solve(
        scenarioOf({
          nodes: ['A', 'B', 'C', { id: 'X', enabled: false }],
          links: [link('A', 'B', 1), link('B', 'C', 1), link('A', 'X', 1), link('A', 'C', 5, { enabled: false })],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 10 }],
        }),
      );
      expect(byId(r.links, 'BC').reducedCost).toBeNull(); // a dead end for the only demand
      expect(byId(r.links, 'AX').reducedCost).toBeNull(); // disabled end
      expect(byId(r.links, 'AC').reducedCost).toBeNull(); // disabled
      expect(byId(r.links, 'AB').reducedCost).toBe(0);
    });
  });

  describe('nodes', () => {
    /**
     * O (cost 2, days 1) → M1 (capacity 30, cost 1) or M2 (cost 3, days 3) → D (cost 0.5);
     * links O→M1, M1→D: 5 USD/t, 3 days each; O→M2, M2→D: 5 USD/t, 1 day each; 50 t/yr, 1 USD/t/day.
     * Via M1: money 2 + 5 + 1 + 5 + 0.5 = 13.5, days 1 + 3 + 3 = 7 → 20.5 USD/t.
     * Via M2: money 2 + 5 + 3 + 5 + 0.5 = 15.5, days 1 + 1 + 3 + 1 = 6 → 21.5 USD/t.
     */
    const nodeScenario = (m1Capacity = 30, volume = 50): Scenario =>
      scenarioOf({
        nodes: [
          { id: 'O', cost: 2, days: 1 },
          { id: 'M1', capacity: m1Capacity, cost: 1 },
          { id: 'M2', cost: 3, days: 3 },
          { id: 'D', cost: 0.5 },
        ],
        links: [
          link('O', 'M1', 5, { days: 3 }),
          link('M1', 'D', 5, { days: 3 }),
          link('O', 'M2', 5, { days: 1 }),
          link('M2', 'D', 5, { days: 1 }),
        ],
        demands: [{ id: 'd', from: 'O', to: 'D', volume, valueOfTime: 1 }],
      });

    it('should charge node cost and dwell on throughput, the origin included', () => {
      const r = solve(nodeScenario());
      // 30 × 20.5 + 20 × 21.5 = 615 + 430.
      expectClose(r.objective, 1045);
      expectClose(byId(r.nodes, 'O').throughput, 50);
      expectClose(byId(r.nodes, 'M1').throughput, 30);
      expectClose(byId(r.nodes, 'M2').throughput, 20);
      expectClose(byId(r.nodes, 'D').throughput, 50);
      expectClose(byId(r.nodes, 'M1').utilisation, 1);
      expect(byId(r.nodes, 'M2').utilisation).toBeNull();
      const d = byId(r.demands, 'd');
      expectClose(d.unitCost, 1045 / 50);
      expectClose(d.days, (30 * 7 + 20 * 6) / 50);
      expectClose(d.marginalCost, 21.5);
    });

    it('should value the node capacity at the difference of the generalised costs', () => {
      const r = solve(nodeScenario());
      expectClose(byId(r.nodes, 'M1').marginalValue, 1);
      expectClose(solve(nodeScenario(30)).objective - solve(nodeScenario(31)).objective, 1);
      expectClose(solve(nodeScenario(30, 51)).objective - r.objective, 21.5);
    });

    it('should count served tonnes against the origin capacity', () => {
      // A (capacity 40) → B at 1 USD/t; 50 t/yr at 100 USD/t unmet: 40 served, 10 unmet.
      const originCapped = (capacity: number, volume: number): Scenario =>
        scenarioOf({
          nodes: [{ id: 'A', capacity }, 'B'],
          links: [link('A', 'B', 1)],
          demands: [{ id: 'd', from: 'A', to: 'B', volume, unmetPenalty: 100 }],
        });
      const r = solve(originCapped(40, 50));
      expectClose(r.objective, 40 * 1 + 10 * 100);
      expectClose(byId(r.demands, 'd').served, 40);
      expectClose(byId(r.demands, 'd').unmet, 10);
      expectClose(byId(r.nodes, 'A').throughput, 40);
      // One more t/yr of capacity serves one more tonne: saves 100 − 1.
      expectClose(byId(r.nodes, 'A').marginalValue, 99);
      expectClose(r.objective - solve(originCapped(41, 50)).objective, 99);
      // One more t/yr of volume goes unmet.
      expectClose(byId(r.demands, 'd').marginalCost, 100);
      expectClose(solve(originCapped(40, 51)).objective - r.objective, 100);
    });

    it('should be infeasible when a hard demand exceeds its origin capacity', () => {
      const r = solve(
        scenarioOf({
          nodes: [{ id: 'A', capacity: 40 }, 'B'],
          links: [link('A', 'B', 1)],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 50 }],
        }),
      );
      expect(r.status).toBe('infeasible');
      expect(r.diagnosis).toContain('demand "d" cannot be served in full: 10 t/yr short of 50 t/yr');
    });
  });

  describe('soft demands', () => {
    const soft = (penalty: number, originCost = 0): Scenario =>
      scenarioOf({
        nodes: [{ id: 'A', cost: originCost }, 'B'],
        links: [link('A', 'B', 10)],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 100, unmetPenalty: penalty }],
      });

    it('should leave the demand unmet when the penalty is below the route cost', () => {
      const r = solve(soft(8));
      expectClose(r.objective, 800);
      expect(r.served).toBe(0);
      expectClose(r.unmet, 100);
      const d = byId(r.demands, 'd');
      expect(d.unitCost).toBeNull();
      expect(d.days).toBeNull();
      expectClose(d.marginalCost, 8);
      expect(byId(r.nodes, 'A').throughput).toBe(0);
      expect(r.other).toEqual({ flow: 0, share: 0 });
    });

    it('should serve the demand when the penalty is above the route cost', () => {
      const r = solve(soft(12));
      expectClose(r.objective, 1000);
      expectClose(r.served, 100);
      expect(r.unmet).toBe(0);
      expectClose(byId(r.demands, 'd').marginalCost, 10);
    });

    it('should count the origin handling cost when weighing the penalty', () => {
      // Route 10 + origin 5 = 15 > 12: unmet, 100 × 12.
      const r = solve(soft(12, 5));
      expectClose(r.objective, 1200);
      expect(r.served).toBe(0);
      expectClose(byId(r.demands, 'd').marginalCost, 12);
    });
  });

  describe('corridors', () => {
    /** Gate `t` of corridor T (10 USD/t by default) and link `o` outside any corridor (14 USD/t), both A→B; 100 t/yr. */
    const corridorScenario = (corridor: Record<string, unknown>, gateCost = 10, otherCost = 14, volume = 100): Scenario =>
      scenarioOf({
        nodes: ['A', 'B'],
        links: [link('A', 'B', gateCost, { id: 't' }), link('A', 'B', otherCost, { id: 'o' })],
        corridors: [{ id: 'T', gates: ['t'], ...corridor }],
        demands: [{ id: 'd', from: 'A', to: 'B', volume }],
      });

    it('should hold the corridor to its maxShare and value the bound', () => {
      const r = solve(corridorScenario({ maxShare: 0.3 }));
      // 30 t via T at 10 + 70 t at 14 = 300 + 980.
      expectClose(r.objective, 1280);
      const t = byId(r.corridors, 'T');
      expectClose(t.flow, 30);
      expectClose(t.share, 0.3);
      expectClose(t.marginalValue, 4);
      expectClose(r.other.flow, 70);
      expectClose(r.other.share, 0.7);
      // One more t/yr of room (maxShare + 1/100) saves 14 − 10.
      expectClose(r.objective - solve(corridorScenario({ maxShare: 0.31 })).objective, 4);
      // One more tonne of demand: 0.3 via T, 0.7 outside = 3 + 9.8.
      expectClose(byId(r.demands, 'd').marginalCost, 12.8);
      expectClose(solve(corridorScenario({ maxShare: 0.3 }, 10, 14, 101)).objective - r.objective, 12.8);
    });

    it('should hold the corridor to its maxFlow and value the bound', () => {
      const r = solve(corridorScenario({ maxFlow: 25 }));
      expectClose(r.objective, 25 * 10 + 75 * 14);
      expectClose(byId(r.corridors, 'T').flow, 25);
      expectClose(byId(r.corridors, 'T').marginalValue, 4);
      expectClose(r.objective - solve(corridorScenario({ maxFlow: 26 })).objective, 4);
    });

    it('should hold a dear corridor to its minShare and value the bound', () => {
      const r = solve(corridorScenario({ minShare: 0.4 }, 14, 10));
      // 40 t via T at 14 + 60 t at 10.
      expectClose(r.objective, 1160);
      expectClose(byId(r.corridors, 'T').flow, 40);
      expectClose(byId(r.corridors, 'T').marginalValue, 4);
      expectClose(solve(corridorScenario({ minShare: 0.41 }, 14, 10)).objective - r.objective, 4);
      // One more tonne: 0.4 × 14 + 0.6 × 10.
      expectClose(byId(r.demands, 'd').marginalCost, 11.6);
    });

    it('should hold a dear corridor to its minFlow and value the bound', () => {
      const r = solve(corridorScenario({ minFlow: 45 }, 14, 10));
      expectClose(r.objective, 45 * 14 + 55 * 10);
      expectClose(byId(r.corridors, 'T').marginalValue, 4);
      expectClose(solve(corridorScenario({ minFlow: 46 }, 14, 10)).objective - r.objective, 4);
    });

    it('should give slack bounds no value', () => {
      const r = solve(corridorScenario({ maxShare: 0.9, maxFlow: 1000, minShare: 0.1, minFlow: 1 }));
      expectClose(byId(r.corridors, 'T').flow, 90);
      expectClose(byId(r.corridors, 'T').marginalValue, 4); // maxShare binds
      const free = solve(corridorScenario({ maxFlow: 1000, minShare: 0.1, minFlow: 1 }));
      expectClose(byId(free.corridors, 'T').flow, 100);
      expect(byId(free.corridors, 'T').marginalValue).toBe(0);
    });

    it('should close a disabled corridor', () => {
      const r = solve(corridorScenario({ enabled: false }));
      expectClose(r.objective, 1400);
      expect(byId(r.corridors, 'T')).toEqual({ id: 'T', flow: 0, share: 0, marginalValue: 0 });
      expect(byId(r.links, 't').reducedCost).toBeNull();
      expectClose(r.other.share, 1);
    });

    it('should call a lower bound on a disabled corridor infeasible and name it', () => {
      const r = solve(corridorScenario({ enabled: false, minFlow: 10 }));
      expect(r.status).toBe('infeasible');
      expect(r.diagnosis).toEqual([
        'corridor "T" cannot meet its minFlow of 10 t/yr: 10 t/yr short (the corridor is disabled)',
      ]);
    });

    it('should count each tonne once in other when a route crosses two gates', () => {
      // A→B (gate of X, capacity 60) → C (gate of Y): 2 USD/t; A→C direct: 5 USD/t.
      // 60 t cross both gates, 40 t cross none.
      const r = solve(
        scenarioOf({
          nodes: ['A', 'B', 'C'],
          links: [link('A', 'B', 1, { capacity: 60 }), link('B', 'C', 1), link('A', 'C', 5)],
          corridors: [
            { id: 'X', gates: ['AB'] },
            { id: 'Y', gates: ['BC'] },
          ],
          demands: [{ id: 'd', from: 'A', to: 'C', volume: 100 }],
        }),
      );
      expectClose(byId(r.corridors, 'X').flow, 60);
      expectClose(byId(r.corridors, 'Y').flow, 60);
      expectClose(r.other.flow, 40);
      expectClose(r.other.share, 0.4);
    });

    it('should meet a lower bound by circulation off the routes as the spec allows', () => {
      // The spec's conservation rows let demand d circulate 5 t on C→E→C (gate CE of Z, minFlow 5):
      // 5 × (1 + 1) on top of 10 × 1 on A→B.
      const r = solve(
        scenarioOf({
          nodes: ['A', 'B', 'C', 'E'],
          links: [link('A', 'B', 1), link('C', 'E', 1), link('E', 'C', 1)],
          corridors: [{ id: 'Z', gates: ['CE'], minFlow: 5 }],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 10 }],
        }),
      );
      expect(r.status).toBe('optimal');
      expectClose(r.objective, 20);
      expectClose(byId(r.corridors, 'Z').flow, 5);
    });
  });

  describe('demands merged into one commodity', () => {
    /**
     * From A: 10 t/yr to B and 20 t/yr to C, the same value of time, so one
     * commodity. A→M (2 USD/t, 1 day, capacity 25) then M→B (3, 1 day) or
     * M→C (7, 2 days, gate of X); or A→B direct (9, 3 days). All 20 t to C
     * need A→M, so 5 t to B go through M and 5 t direct.
     */
    const merged = (volumeB = 10, volumeC = 20, reduce?: boolean): Result =>
      solveScenario(
        scenarioOf({
          nodes: ['A', 'M', 'B', 'C'],
          links: [
            link('A', 'M', 2, { days: 1, capacity: 25 }),
            link('M', 'B', 3, { days: 1 }),
            link('M', 'C', 7, { days: 2 }),
            link('A', 'B', 9, { days: 3 }),
          ],
          corridors: [{ id: 'X', gates: ['MC'] }],
          demands: [
            { id: 'toB', from: 'A', to: 'B', volume: volumeB },
            { id: 'toC', from: 'A', to: 'C', volume: volumeC },
          ],
        }),
        solver.solveLp,
        reduce === undefined ? {} : { reduce },
      );

    it('should give each demand the cost and days of its own routes', () => {
      const r = merged();
      // 20 × 9 + 5 × 5 + 5 × 9.
      expectClose(r.objective, 250);
      const toB = byId(r.demands, 'toB');
      const toC = byId(r.demands, 'toC');
      expectClose(toB.unitCost, (5 * 5 + 5 * 9) / 10);
      expectClose(toB.days, (5 * 2 + 5 * 3) / 10);
      expectClose(toC.unitCost, 9);
      expectClose(toC.days, 3);
      expectClose(byId(r.links, 'AM').flow, 25);
      expectClose(byId(r.links, 'AB').flow, 5);
      expectClose(byId(r.corridors, 'X').flow, 20);
      expectClose(r.other.flow, 10);
    });

    it('should report each demand’s own flow on every link it uses', () => {
      const r = merged();
      const flows = (id: string): [string, number][] => byId(r.demands, id).flows!.map((f) => [f.link, f.flow]);
      expect(flows('toB')).toEqual([
        ['AM', 5],
        ['MB', 5],
        ['AB', 5],
      ]);
      expect(flows('toC')).toEqual([
        ['AM', 20],
        ['MC', 20],
      ]);
    });

    it('should price one more tonne of each demand at its own margin', () => {
      const r = merged();
      // One more to B goes direct; one more to C takes A→M from a tonne to B, which goes direct.
      expectClose(byId(r.demands, 'toB').marginalCost, 9);
      expectClose(byId(r.demands, 'toC').marginalCost, 13);
      expectClose(merged(11, 20).objective - r.objective, 9);
      expectClose(merged(10, 21).objective - r.objective, 13);
      expectClose(byId(r.links, 'AM').marginalValue, 4);
    });

    it('should read the same figures from the plain formulation', () => {
      const reduced = merged();
      const plain = merged(10, 20, false);
      expect(plain).toEqual({ ...reduced, solver: plain.solver });
    });
  });

  describe('disabled items', () => {
    it('should route around a disabled link', () => {
      const s = parallel();
      const r = solve({ ...s, links: s.links.map((l) => (l.id === 'cheap' ? { ...l, enabled: false } : l)) });
      expectClose(r.objective, 1500);
      expect(byId(r.links, 'cheap').flow).toBe(0);
      expect(byId(r.links, 'cheap').reducedCost).toBeNull();
      expect(byId(r.links, 'cheap').marginalValue).toBe(0);
    });

    it('should route around a disabled node and every link touching it', () => {
      const r = solve(
        scenarioOf({
          nodes: ['A', { id: 'M', enabled: false }, 'B'],
          links: [link('A', 'M', 5), link('M', 'B', 5), link('A', 'B', 20)],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 100 }],
        }),
      );
      expectClose(r.objective, 2000);
      expect(byId(r.nodes, 'M').throughput).toBe(0);
      expect(byId(r.links, 'AM').reducedCost).toBeNull();
      expect(byId(r.links, 'MB').reducedCost).toBeNull();
    });

    it('should leave a soft demand from a disabled node unmet', () => {
      const r = solve(
        scenarioOf({
          nodes: [{ id: 'A', enabled: false }, 'B'],
          links: [link('A', 'B', 1)],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 10, unmetPenalty: 7 }],
        }),
      );
      expect(r.status).toBe('optimal');
      expectClose(r.objective, 70);
      expectClose(r.unmet, 10);
    });
  });

  describe('infeasible scenarios', () => {
    const grain = (capacity: number): Scenario =>
      scenarioOf({
        nodes: ['KZ', 'TR'],
        links: [link('KZ', 'TR', 40, { id: 'caspian', capacity })],
        demands: [
          { id: 'kz_grain_tr', from: 'KZ', to: 'TR', volume: 5_000_000 },
          { id: 'soft', from: 'KZ', to: 'TR', volume: 1_000, unmetPenalty: 1 },
        ],
      });

    it('should name the demand that falls short and by how much', () => {
      const r = solve(grain(3_800_000));
      expect(r.status).toBe('infeasible');
      expect(r.diagnosis).toEqual([
        'demand "kz_grain_tr" cannot be served in full: 1,200,000 t/yr short of 5,000,000 t/yr',
        'limited by: link "caspian" capacity 3,800,000 t/yr',
      ]);
      expect(r.shortfalls).toHaveLength(1);
      expect(r.shortfalls![0]!.demand).toBe('kz_grain_tr');
      expectClose(r.shortfalls![0]!.unmet, 1_200_000);
    });

    it('should report zeros when infeasible', () => {
      const r = solve(grain(3_800_000));
      expect(r.objective).toBe(0);
      expect(r.served).toBe(0);
      expect(r.links.every((l) => l.flow === 0 && l.marginalValue === 0)).toBe(true);
      expect(r.demands.every((d) => d.served === 0 && d.unitCost === null)).toBe(true);
      expect(r.solver.name).toBe('glpk.js');
    });

    it('should name a corridor whose minFlow cannot be met', () => {
      const r = solve(
        scenarioOf({
          nodes: ['A', 'B'],
          links: [link('A', 'B', 1, { id: 'g', capacity: 100 })],
          corridors: [{ id: 'titr', gates: ['g'], minFlow: 200 }],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 1000, unmetPenalty: 50 }],
        }),
      );
      expect(r.status).toBe('infeasible');
      expect(r.diagnosis).toEqual(['corridor "titr" cannot meet its minFlow of 200 t/yr: 100 t/yr short']);
      expect(r.shortfalls).toEqual([]);
    });

    it('should name a demand whose destination cannot be reached', () => {
      const r = solve(
        scenarioOf({
          nodes: ['A', 'B', 'C'],
          links: [link('A', 'B', 1)],
          demands: [{ id: 'd', from: 'A', to: 'C', volume: 10 }],
        }),
      );
      expect(r.status).toBe('infeasible');
      expect(r.diagnosis).toEqual(['demand "d" cannot be served in full: 10 t/yr short of 10 t/yr']);
    });
  });

  describe('results', () => {
    it('should list every link, node, corridor and demand in scenario order', () => {
      const s = scenarioOf({
        nodes: ['Z', 'A', 'B'],
        links: [link('B', 'A', 1), link('A', 'B', 1), link('Z', 'A', 1)],
        corridors: [{ id: 'k2', gates: ['AB'] }, { id: 'k1', gates: ['BA'] }],
        demands: [{ id: 'd2', from: 'A', to: 'B', volume: 1 }, { id: 'd1', from: 'Z', to: 'B', volume: 1 }],
      });
      const r = solve(s);
      expect(r.links.map((l) => l.id)).toEqual(['BA', 'AB', 'ZA']);
      expect(r.nodes.map((n) => n.id)).toEqual(['Z', 'A', 'B']);
      expect(r.corridors.map((c) => c.id)).toEqual(['k2', 'k1']);
      expect(r.demands.map((d) => d.id)).toEqual(['d2', 'd1']);
      expectClose(r.objective, 1 + 2);
      expect(r.solver.version).toBe(solver.version.replace(/^glpk\.js /, ''));
      expect(r.solver.ms).toBeGreaterThanOrEqual(0);
    });

    it('should come back as an error result when the solver fails', () => {
      const r = solveScenario(parallel(), () => ({
        status: 'error',
        objective: 0,
        primal: new Float64Array(0),
        dual: new Float64Array(0),
        message: 'boom',
        solver: { name: 'fake', version: '0', ms: 1 },
      }));
      expect(r.status).toBe('error');
      expect(r.diagnosis).toEqual(['solver error: boom']);
    });

    it('should call a negative-cost cycle without capacity unbounded', () => {
      // A⇄B at −1 USD/t each way: every round trip lowers the cost.
      const r = solve(
        scenarioOf({
          nodes: ['A', 'B'],
          links: [link('A', 'B', -1), link('B', 'A', -1)],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 1 }],
        }),
      );
      expect(r.status).toBe('unbounded');
      expect(r.diagnosis).toHaveLength(1);
      expect(r.objective).toBe(0);
    });

    it('should hand the time limit to every LP solve', () => {
      const limits: (number | undefined)[] = [];
      const r = solveScenario(
        scenarioOf({
          nodes: ['A', 'B'],
          links: [link('A', 'B', 1, { capacity: 1 })],
          demands: [{ id: 'd', from: 'A', to: 'B', volume: 2 }],
        }),
        (lp, options) => {
          limits.push(options?.timeLimitSeconds);
          return solver.solveLp(lp, options);
        },
        { timeLimitSeconds: 7 },
      );
      expect(r.status).toBe('infeasible');
      expect(limits).toEqual([7, 7]); // the LP and the shortfall re-solve
    });

    it('should come back as an error result when the solver throws', () => {
      const r = solveScenario(parallel(), () => {
        throw new Error('bug');
      });
      expect(r.status).toBe('error');
      expect(r.diagnosis![0]).toContain('bug');
    });
  });
});
