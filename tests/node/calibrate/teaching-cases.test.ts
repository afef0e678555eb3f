/**
 * The calibration teaching cases of models/README.md, each with its known
 * answer (derived by hand there).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { calibrate, STEP_USD } from '../../../src/calibrate';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Scenario } from '../../../src/model/types';
import { createSolver, type Solver } from '../../../src/solver';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

function load(name: string): Scenario {
  const parsed = parseScenario(readFileSync(new URL(`../../../models/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`models/${name}.json is invalid`);
  return parsed.scenario;
}

describe('teaching-calibrate-split: two parallel routes, an observed split', () => {
  it('should make land 10 USD/t cheaper and add a 40 t/yr step, so the optimum lands on 40', () => {
    const result = calibrate(load('teaching-calibrate-split'), solver.solveLp);

    expect(result.status).toBe('calibrated');
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => [c.set, c.old, c.value])).toEqual([
      ['links.land-leg.cost', 15, 5 + STEP_USD],
      ['links.land-leg.cal-step.cost', null, 5 - STEP_USD],
    ]);
    const step = result.scenario!.links.find((l) => l.id === 'land-leg.cal-step')!;
    expect(step.capacity).toBe(40);
    expect(step.calibrated).toEqual({ from: null, observations: ['corridors.land.flow'], stepOf: 'land-leg' });
    expect(result.scenario!.corridors!.find((c) => c.id === 'land')!.gates).toEqual(['land-leg', 'land-leg.cal-step']);
    expect(result.before[0]).toMatchObject({ model: 0, percent: -100 });
    expect(result.after[0]!.model).toBeCloseTo(40, 6);
    expect(result.fitAfter.meanAbsolutePercentError).toBeCloseTo(0, 6);
  });

  it('should write the old cost and the reason into the assumption, and solve to sea 60, land 40', () => {
    const result = calibrate(load('teaching-calibrate-split'), solver.solveLp);
    const calibrated = result.scenario!;

    const land = calibrated.links.find((l) => l.id === 'land-leg')!;
    expect(land.calibrated).toEqual({ from: 15, observations: ['corridors.land.flow'] });
    expect(land.assumption).toMatch(/^calibrated: was 15 USD\/t; −10 USD\/t to reproduce corridors\.land\.flow = 40 t\/yr \(2024, source teaching-count\)/);
    expect(land.assumption).toContain('Before calibration: teaching number chosen for a hand calculation');
    const solved = solver.solve(calibrated);
    expect(solved.corridors.map((c) => [c.id, closeTo(c.flow, c.id === 'sea' ? 60 : 40)])).toEqual([
      ['sea', true],
      ['land', true],
    ]);
    expect(parseScenario(JSON.parse(JSON.stringify(calibrated)))).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('teaching-calibrate-inconsistent: counts that cannot hold together', () => {
  it('should name the count above a capacity and the one contradicting another, with their misses, and change nothing', () => {
    const scenario = load('teaching-calibrate-inconsistent');

    const result = calibrate(scenario, solver.solveLp);

    expect(result.status).toBe('inconsistent');
    expect(result.conflicts).toEqual([
      { of: 'links.sea-leg.flow', observed: 80, closest: 60, missBy: 20, reason: 'above the capacity of links.sea-leg (60 t/yr)' },
      { of: 'links.border-rail.flow', observed: 50, closest: 40, missBy: 10, reason: 'contradicts corridors.land.flow = 40 t/yr' },
    ]);
    expect(result.changes).toEqual([]);
    expect(result.scenario).toBe(scenario);
  });
});
