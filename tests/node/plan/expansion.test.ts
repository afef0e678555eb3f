import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { capitalRecoveryFactor, projectYearlyCost } from '../../../src/plan/capital-recovery-factor';
import { modelYearScenario } from '../../../src/plan/model-year-scenario';
import { scheduleProject } from '../../../src/plan/project-schedule';
import { modelYearWeights, resolveHorizon } from '../../../src/plan/resolve-horizon';
import { closeTo } from '../../support/tolerance';

const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'expansion',
  nodes: [{ id: 'A' }, { id: 'B' }],
  links: [{ id: 'ab', from: 'A', to: 'B', cost: 1, capacity: 5 }],
  demands: [
    { id: 'grows', from: 'A', to: 'B', volume: 100, growth: 0.1 },
    { id: 'flat', from: 'A', to: 'B', volume: 50 },
  ],
};

describe('modelYearWeights', () => {
  it('should weigh each model year by the calendar years it stands for, discounted to base', () => {
    // 2026–2029 and 2030–2031 at r = 0.1, base 2026.
    const weights = modelYearWeights(resolveHorizon({ years: [2026, 2030], end: 2031, discountRate: 0.1 }));
    const d = (k: number): number => 1.1 ** -k;
    expect(closeTo(weights[0]!, d(0) + d(1) + d(2) + d(3), 1e-12)).toBe(true);
    expect(closeTo(weights[1]!, d(4) + d(5), 1e-12)).toBe(true);
  });

  it('should count the last model year alone when end is not given, and discount from a base before the first year', () => {
    expect(modelYearWeights(resolveHorizon({ years: [2030, 2035] }))).toEqual([5, 1]);
    const [w] = modelYearWeights(resolveHorizon({ years: [2030], base: 2028, discountRate: 0.5 }));
    expect(closeTo(w!, 1.5 ** -2, 1e-12)).toBe(true);
  });
});

describe('capitalRecoveryFactor', () => {
  it('should repay the capex in life equal payments at rate r, and 1/life at r = 0', () => {
    const r = 0.07;
    const crf = capitalRecoveryFactor(r, 20);
    let presentValue = 0;
    for (let y = 1; y <= 20; y++) presentValue += crf / (1 + r) ** y;
    expect(closeTo(presentValue, 1, 1e-12)).toBe(true);
    expect(capitalRecoveryFactor(0, 40)).toBe(1 / 40);
  });

  it('should give K_p = capex·CRF + opex with a life of 30 by default', () => {
    expect(closeTo(projectYearlyCost({ id: 'p', adds: [], capex: 300, opex: 2 }, 0), 12, 1e-12)).toBe(true);
  });
});

describe('modelYearScenario', () => {
  const horizon = (changes: NonNullable<NonNullable<Scenario['horizon']>['changes']>) => resolveHorizon({ years: [2030, 2032, 2035], changes });

  it('should grow each demand from base and leave the rest of the scenario as it is', () => {
    const year = modelYearScenario({ ...scenario, horizon: { years: [2030] }, projects: [] }, horizon([]), 2032);
    expect(year.demands.map((d) => d.volume)).toEqual([100 * 1.1 ** 2, 50]);
    expect(year.links).toBe(scenario.links);
    expect('horizon' in year || 'projects' in year).toBe(false);
  });

  it('should apply the latest change that has started, the later entry of the file winning a tie', () => {
    const changes = [
      { from: 2035, set: 'links.ab.capacity', value: 30 },
      { from: 2031, set: 'links.ab.capacity', value: 10 },
      { from: 2031, set: 'links.ab.capacity', value: 20 },
    ];
    const capacity = (year: number): number | undefined => modelYearScenario(scenario, horizon(changes), year).links[0]!.capacity;
    expect([capacity(2030), capacity(2032), capacity(2035)]).toEqual([5, 20, 30]);
  });

  it('should replace a grown volume by a changed one, not grow it further', () => {
    const changes = [{ from: 2032, set: 'demands.grows.volume', value: 500 }];
    const volume = (year: number): number => modelYearScenario(scenario, horizon(changes), year).demands[0]!.volume;
    expect(volume(2030)).toBe(100);
    expect(volume(2032)).toBe(500);
    expect(volume(2035)).toBe(500);
  });
});

describe('scheduleProject', () => {
  const years = [2030, 2035, 2040];
  const project = { id: 'p', adds: [{ set: 'links.ab.capacity', amount: 1 }] };

  it('should keep a project closed in every model year that starts before its earliest, also between model years', () => {
    expect(scheduleProject({ ...project, earliest: 2033 }, years, 0).upper).toEqual([0, 1, 1]);
    expect(scheduleProject({ ...project, earliest: 2035 }, years, 0).upper).toEqual([0, 1, 1]);
  });

  it('should fix y by decision: build opens it from earliest, never keeps it closed', () => {
    const built = scheduleProject({ ...project, earliest: 2033, decision: 'build' }, years, 0);
    expect([built.lower, built.upper]).toEqual([
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(scheduleProject({ ...project, decision: 'never' }, years, 0).upper).toEqual([0, 0, 0]);
    expect(scheduleProject({ ...project, divisible: true }, years, 0).integer).toBe(false);
  });
});
