import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { whyDemands } from '../../../src/analysis/why-demands';
import { costTotals, generalised, outOfPocket } from '../../../src/analysis/demand-costs';
import type { Result, Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { createSolver } from '../../../src/solver/create-solver';
import { closeTo } from '../../support/tolerance';
import { propertySettings } from '../../support/property-settings';
import { teachingWhy as teaching, teachingWhyRoomyResult } from '../../fixtures/teaching-why';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  const solver = await createSolver();
  solve = (scenario) => solver.solve(scenario);
});

describe('whyDemands', () => {
  it('should split a demand that fills the cheap route into money, time and handling, weighted by tonnes', () => {
    const scenario = teaching(60);
    const [goods] = whyDemands(scenario, solve(scenario));
    // 60 t by sea at (20, 16, 5), 40 t by land at (40, 7, 3).
    expect(goods?.served).toBeCloseTo(100, 6);
    expect(goods?.perTonne?.money).toBeCloseTo((60 * 20 + 40 * 40) / 100, 6);
    expect(goods?.perTonne?.time).toBeCloseTo((60 * 16 + 40 * 7) / 100, 6);
    expect(goods?.perTonne?.handling).toBeCloseTo((60 * 5 + 40 * 3) / 100, 6);
    expect(goods?.corridors.map((c) => [c.id, Number(c.share.toFixed(6))])).toEqual([
      ['sea', 0.6],
      ['land', 0.4],
      ['north', 0],
      ['other', 0],
    ]);
    expect(goods?.links).toEqual(['sea-leg', 'port-rail', 'land-leg', 'border-rail']);
  });

  it('should find both routes in use equally dear once the sea capacity is priced in (gap 0)', () => {
    const scenario = teaching(60);
    const [goods] = whyDemands(scenario, solve(scenario));
    expect(goods?.choice.chosen?.via).toEqual(['sea']);
    expect(goods?.choice.chosen?.list).toBeCloseTo(41, 6);
    // The sea capacity's marginal value is 50 − 41 = 9 USD/t: the full route's shadow cost is the land route's.
    expect(goods?.choice.chosen?.shadow).toBeCloseTo(50, 6);
    expect(goods?.choice.nextBest?.via).toEqual(['land']);
    expect(goods?.choice.nextBest?.links).toEqual(['land-leg', 'border-rail']);
    expect(goods?.choice.switchGap).toBeCloseTo(0, 6);
  });

  it('should give the next-best route and how much it must fall when the cheap route has room', () => {
    const scenario = teaching(1000);
    const [goods] = whyDemands(scenario, solve(scenario));
    expect(goods?.choice.chosen?.links).toEqual(['sea-leg', 'port-rail']);
    expect(goods?.choice.nextBest?.via).toEqual(['land']);
    expect(goods?.choice.nextBest?.list).toBeCloseTo(50, 6);
    expect(goods?.choice.switchGap).toBeCloseTo(9, 6);
    expect(outOfPocket(goods!.perTonne!)).toBeCloseTo(25, 6);
    expect(generalised(goods!.perTonne!)).toBeCloseTo(41, 6);
    expect(costTotals([goods!])).toEqual({ outOfPocket: expect.closeTo(2500, 4), time: expect.closeTo(1600, 4) });
  });

  it('should agree with the hand-made result the browser tests use', () => {
    const result = solve(teaching(1000));
    expect(result.objective).toBeCloseTo(teachingWhyRoomyResult.objective, 6);
    expect(result.demands[0]?.unitCost).toBeCloseTo(41, 6);
    expect(result.demands[0]?.flows?.filter((f) => f.flow > 1e-9)).toEqual(teachingWhyRoomyResult.demands[0]?.flows);
    expect(whyDemands(teaching(1000), teachingWhyRoomyResult)).toEqual(whyDemands(teaching(1000), result));
  });

  it('should say there is no next-best route when the only other corridor is closed', () => {
    const base = teaching(1000);
    const scenario: Scenario = {
      ...base,
      links: base.links.filter((l) => l.id !== 'north-leg'),
      corridors: [{ id: 'sea', gates: ['sea-leg'] }, { id: 'land', gates: ['land-leg'], enabled: false }],
    };
    const [goods] = whyDemands(scenario, solve(scenario));
    expect(goods?.choice.chosen?.via).toEqual(['sea']);
    expect(goods?.choice.nextBest).toBeNull();
    expect(goods?.choice.switchGap).toBeNull();
  });

  it('should explain nothing for a result that is not optimal', () => {
    const scenario: Scenario = { ...teaching(10), links: teaching(10).links.filter((l) => l.id === 'sea-leg' || l.id === 'port-rail') };
    const result = solve(scenario);
    expect(result.status).toBe('infeasible');
    expect(whyDemands(scenario, result)).toEqual([]);
  });

  it('should always add money, time and handling up to the demand unit cost, and never find a next-best route cheaper than the chosen one', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const result = solve(scenario);
        if (result.status !== 'optimal') return;
        const unit = new Map(result.demands.map((d) => [d.id, d.unitCost]));
        const scale = Math.max(1, ...scenario.links.map((l) => l.cost), ...scenario.nodes.map((n) => n.cost ?? 0));
        for (const row of whyDemands(scenario, result)) {
          if (row.perTonne === null || row.served < 1e-6) continue;
          expect(closeTo(generalised(row.perTonne), unit.get(row.id) ?? NaN, 1e-6)).toBe(true);
          if (row.choice.switchGap !== null) expect(row.choice.switchGap).toBeGreaterThanOrEqual(-1e-6 * scale * 10);
        }
      }),
      propertySettings(150),
    );
  });
});
