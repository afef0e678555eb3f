/**
 * The three teaching plans of models/ against the answers worked out by hand
 * in models/README.md ("Teaching plans").
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Scenario } from '../../../src/model/types';
import { planScenario, type PlanSolvers } from '../../../src/plan/plan-scenario';
import type { PlanResult } from '../../../src/plan/types';
import { createPlanSolvers } from '../../support/plan-solvers';
import { closeTo } from '../../support/tolerance';

let solvers: PlanSolvers;
beforeAll(async () => {
  solvers = await createPlanSolvers();
});

function model(name: string): Scenario {
  const outcome = parseScenario(readFileSync(new URL(`../../../models/${name}`, import.meta.url), 'utf8'));
  if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.errors)}`);
  expect(outcome.warnings).toEqual([]);
  return outcome.scenario;
}

function expectClose(actual: number | null | undefined, expected: number, what: string): void {
  expect(actual !== null && actual !== undefined && closeTo(actual, expected), `${what}: got ${actual}, expected ${expected}`).toBe(true);
}

function appraisalOf(plan: PlanResult, id: string) {
  const found = plan.appraisal.find((a) => a.id === id);
  expect(found, `appraisal of ${id}`).toBeDefined();
  return found!;
}

describe('teaching-plan-together.json: two projects that pay only together', () => {
  it('should build the terminal and the fleet in 2030, each worth 150 M US$', () => {
    const plan = planScenario(model('teaching-plan-together.json'), solvers);

    expect(plan.status).toBe('optimal');
    expect(plan.projects.map((p) => [p.id, p.opens, p.fraction])).toEqual([
      ['terminal', 2030, 1],
      ['fleet', 2030, 1],
    ]);
    // 10 years × (2 Mt × 20 US$/t + 20 M + 25 M).
    expectClose(plan.objective, 850e6, 'objective');
    expectClose(plan.projects[0]!.value, 150e6, 'value of terminal');
    expectClose(plan.projects[1]!.value, 150e6, 'value of fleet');
    const terminal = appraisalOf(plan, 'terminal');
    expectClose(terminal.pvCost, 200e6, 'terminal pvCost');
    expectClose(terminal.pvSavings, 350e6, 'terminal pvSavings');
    expectClose(terminal.npv, 150e6, 'terminal npv');
    expectClose(terminal.bcr, 1.75, 'terminal bcr');
    expectClose(terminal.breakEvenCapex, 1050e6, 'terminal breakEvenCapex');
    const fleet = appraisalOf(plan, 'fleet');
    expectClose(fleet.pvCost, 250e6, 'fleet pvCost');
    expectClose(fleet.bcr, 1.6, 'fleet bcr');
    expectClose(fleet.breakEvenCapex, 1200e6, 'fleet breakEvenCapex');
    for (const { result } of plan.years) expectClose(result.corridors.find((c) => c.id === 'sea')!.flow, 2e6, 'sea flow');
  });

  it('should not build the fleet alone', () => {
    const scenario = model('teaching-plan-together.json');
    const withoutTerminal = { ...scenario, projects: scenario.projects!.map((p) => (p.id === 'terminal' ? { ...p, decision: 'never' as const } : p)) };

    const plan = planScenario(withoutTerminal, solvers);

    expect(plan.projects.map((p) => p.opens)).toEqual([null, null]);
    expectClose(plan.objective, 1000e6, 'objective');
  });
});

describe('teaching-plan-divisible.json: a divisible upgrade beats a lumpy new line', () => {
  it('should build 80 % of the upgrade and not the new line', () => {
    const plan = planScenario(model('teaching-plan-divisible.json'), solvers);

    expect(plan.status).toBe('optimal');
    expect(plan.projects.map((p) => [p.id, p.opens])).toEqual([
      ['new-line', null],
      ['upgrade', 2030],
    ]);
    expectClose(plan.projects[1]!.fraction, 0.8, 'upgrade fraction');
    // 10 years × (1 Mt × 10 US$/t + 0.8 × 5 M).
    expectClose(plan.objective, 140e6, 'objective');
    expect(plan.projects[0]!.value).toBe(0);
    // Without the upgrade the new line is built: 10 × (10 M + 10 M) = 200 M.
    expectClose(plan.projects[1]!.value, 60e6, 'value of upgrade');
    const upgrade = appraisalOf(plan, 'upgrade');
    expectClose(upgrade.pvCost, 40e6, 'pvCost');
    expectClose(upgrade.pvSavings, 100e6, 'pvSavings');
    expectClose(upgrade.bcr, 2.5, 'bcr');
    // 10 M + 0.8·C/30 ≤ 20 M ⇔ C ≤ 375 M (bisection, relative 1e-6).
    expectClose(upgrade.breakEvenCapex, 375e6, 'breakEvenCapex');
  });

  it('should build the whole upgrade when it is all or nothing too', () => {
    const scenario = model('teaching-plan-divisible.json');
    const lumpy = { ...scenario, projects: scenario.projects!.map((p) => ({ ...p, divisible: false })) };

    const plan = planScenario(lumpy, solvers);

    // The whole upgrade (1.1 Mt/yr of rail): 10 × (10 M + 5 M) = 150 M, still below the new line's 200 M.
    expect(plan.projects.map((p) => [p.id, p.opens, p.fraction])).toEqual([
      ['new-line', null, 0],
      ['upgrade', 2030, 1],
    ]);
    expectClose(plan.objective, 150e6, 'objective');
  });
});

describe('teaching-plan-delay.json: discounting delays a project', () => {
  const W0 = 1 + 1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3 + 1 / 1.08 ** 4; // 2030–2034
  const W1 = W0 / 1.08 ** 5; // 2035–2039
  const crf = 0.08 / (1 - 1.08 ** -30);

  it('should open the second track in 2035 at 8 %', () => {
    const plan = planScenario(model('teaching-plan-delay.json'), solvers);

    expect(plan.status).toBe('optimal');
    expect(plan.projects.map((p) => [p.id, p.opens])).toEqual([['second-track', 2035]]);
    expect(plan.years.map((y) => y.year)).toEqual([2030, 2035]);
    expectClose(plan.years[0]!.weight, W0, 'W_2030');
    expectClose(plan.years[1]!.weight, W1, 'W_2035');
    const K = 240e6 * crf;
    expectClose(plan.objective, W0 * 20e6 + W1 * (20e6 + K), 'objective');
    expectClose(plan.projects[0]!.value, W1 * (30e6 - K), 'value');
    expectClose(appraisalOf(plan, 'second-track').breakEvenCapex, 30e6 / crf, 'breakEvenCapex');
  });

  it('should open it in 2030 without discounting', () => {
    const scenario = model('teaching-plan-delay.json');

    const plan = planScenario({ ...scenario, horizon: { ...scenario.horizon!, discountRate: 0 } }, solvers);

    expect(plan.projects.map((p) => [p.id, p.opens])).toEqual([['second-track', 2030]]);
    // 5 × (10 M + 8 M) + 5 × (20 M + 8 M).
    expectClose(plan.objective, 230e6, 'objective');
  });
});
