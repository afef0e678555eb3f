import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate, modelFigure } from '../../../src/calibrate';
import type { CalibrateCost, Scenario } from '../../../src/model/types';
import { createSolver, type Solver } from '../../../src/solver';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/**
 * 100 t/yr from o to m by sea (sea-leg 10 + port-rail 10 = 20 USD/t) or by
 * land (land-leg 30 USD/t, the gate of corridor `land`); 40 t/yr were seen
 * on land. Only the marks differ between the cases, so every answer is a
 * hand calculation: the two routes must come to cost the same.
 */
function twoRoutes(marks: Readonly<Record<string, CalibrateCost>>): Scenario {
  const link = (id: string, from: string, to: string, cost: number) => ({
    id,
    from,
    to,
    cost,
    ...(marks[id] === undefined ? {} : { calibrate: marks[id] }),
  });
  return {
    format: 'corridor-flow/scenario@1',
    name: 'two routes',
    nodes: [{ id: 'o' }, { id: 'port' }, { id: 'm' }],
    links: [link('sea-leg', 'o', 'port', 10), link('port-rail', 'port', 'm', 10), link('land-leg', 'o', 'm', 30)],
    corridors: [{ id: 'land', gates: ['land-leg'] }],
    demands: [{ id: 'd', from: 'o', to: 'm', volume: 100 }],
    observed: [{ of: 'corridors.land.flow', value: 40 }],
  };
}

const costOf = (scenario: Scenario | null, id: string): number | undefined => scenario?.links.find((l) => l.id === id)?.cost;

describe('calibrate with costs marked fixed and free', () => {
  it('should, without marks, move only the observed land gate (−10 USD/t), as before', () => {
    const result = calibrate(twoRoutes({}), solver.solveLp);
    expect(result.status).toBe('calibrated');
    expect(result.changes.map((c) => c.set).sort()).toEqual(['links.land-leg.cal-step.cost', 'links.land-leg.cost']);
  });

  it('should leave a fixed gate alone and make the free sea leg 10 USD/t dearer, landing on 40 t/yr with a step beside it', () => {
    const result = calibrate(twoRoutes({ 'land-leg': 'fixed', 'sea-leg': 'free' }), solver.solveLp);
    expect(result.status).toBe('calibrated');
    expect(costOf(result.scenario, 'land-leg')).toBe(30);
    expect(costOf(result.scenario, 'port-rail')).toBe(10);
    // sea-leg + 10 = 20, then the step: its first 60 t/yr (the sea's share) at 19.99, beyond at 20.01.
    expect(costOf(result.scenario, 'sea-leg')).toBeCloseTo(20.01, 6);
    expect(costOf(result.scenario, 'sea-leg.cal-step')).toBeCloseTo(19.99, 6);
    const after = solver.solve(result.scenario!);
    expect(closeTo(modelFigure(result.scenario!, after, 'corridors.land.flow') ?? NaN, 40)).toBe(true);
    const sea = result.scenario!.links.find((l) => l.id === 'sea-leg')!;
    expect(sea.assumption).toMatch(/^calibrated: was 10 USD\/t \(no published tariff: marked "free" to calibrate\); \+10 USD\/t/);
  });

  it('should choose the free cost whose change moves the fewest tonnes: the unused land gate over the busy sea leg', () => {
    // Land down by 10 USD/t weighs 10 × 40 t/yr (the observed level); sea up by 10 weighs 10 × 60 t/yr.
    const result = calibrate(twoRoutes({ 'land-leg': 'free', 'sea-leg': 'free' }), solver.solveLp);
    expect(result.status).toBe('calibrated');
    expect(costOf(result.scenario, 'sea-leg')).toBe(10);
    expect(result.changes.find((c) => c.set === 'links.land-leg.cost')?.reason).toMatch(/−10 USD\/t/);
  });

  it('should report, not hide, an observation that only a fixed cost could reproduce', () => {
    const result = calibrate(twoRoutes({ 'land-leg': 'fixed' }), solver.solveLp);
    expect(result.status).toBe('inconsistent');
    expect(result.conflicts.map((c) => c.of)).toEqual(['corridors.land.flow']);
    expect(result.changes).toEqual([]);
  });

  it('should say in its measure how free and fixed costs are weighed, only when the scenario marks free costs', () => {
    expect(calibrate(twoRoutes({ 'sea-leg': 'free' }), solver.solveLp).measure).toMatch(/marked "free".*weighted by its own tonnes/);
    expect(calibrate(twoRoutes({}), solver.solveLp).measure).not.toMatch(/free/);
  });
});
