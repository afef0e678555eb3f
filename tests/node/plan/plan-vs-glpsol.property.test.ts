/**
 * The engine's plans against native glpsol on the planning MIP written
 * independently from the spec (tests/support/plan-cplex-lp.ts): the same
 * status, the same present-value objective, the same build plan.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import { planScenario, type PlanSolvers } from '../../../src/plan/plan-scenario';
import { createPlanSolvers } from '../../support/plan-solvers';
import { planToCplexLp, readGlpsolOutput } from '../../support/plan-cplex-lp';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { planScenarioArbitrary } from './plan-scenario-arbitrary';

let solvers: PlanSolvers;
const dir = mkdtempSync(join(tmpdir(), 'plan-glpsol-'));
beforeAll(async () => {
  solvers = await createPlanSolvers();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function glpsol(text: string) {
  writeFileSync(join(dir, 'plan.lp'), text);
  execFileSync('glpsol', ['--lp', join(dir, 'plan.lp'), '--mipgap', '0', '-o', join(dir, 'plan.out')], { stdio: 'ignore' });
  return readGlpsolOutput(readFileSync(join(dir, 'plan.out'), 'utf8'));
}

describe('plan against native glpsol', () => {
  it('should find the objective and build plan glpsol finds on the MIP written from the spec', () => {
    fc.assert(
      fc.property(planScenarioArbitrary(), (scenario) => {
        const parsed = parseScenario(scenario);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        const plan = planScenario(scenario, solvers, { gap: 0, appraise: false });
        const lp = planToCplexLp(scenario);
        const native = glpsol(lp.text);

        expect(plan.status).toBe(native.status);
        if (native.status !== 'optimal') return;
        const objective = native.objective + lp.constant;
        expect(closeTo(plan.objective, objective, 1e-6), `objective ${plan.objective} vs glpsol ${objective}`).toBe(true);
        (scenario.projects ?? []).forEach((project, p) => {
          const ours = plan.projects[p]!.fractions ?? [];
          const theirs = scenario.horizon!.years.map((_, t) => native.values.get(lp.y(p, t)) ?? 0);
          // Ties between plans of equal cost are possible but rare: then the costs must still agree.
          expect(ours.map((v, t) => Math.abs(v - theirs[t]!) < 1e-6), `y of ${project.id}: ${ours} vs glpsol ${theirs}`).toEqual(ours.map(() => true));
        });
      }),
      propertySettings(60),
    );
  });
});
