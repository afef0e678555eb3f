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

/** The MIP's text with `rows` added to its constraints. */
function fixPlan(text: string, rows: readonly string[]): string {
  const fixed = text.replace('\nBounds\n', `\n${rows.join('\n')}\nBounds\n`);
  if (fixed === text) throw new Error('fixPlan: the MIP has no Bounds section');
  return fixed;
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
        const projects = scenario.projects ?? [];
        const ours = projects.map((_, p) => plan.projects[p]!.fractions ?? []);
        const theirs = projects.map((_, p) => scenario.horizon!.years.map((_, t) => native.values.get(lp.y(p, t)) ?? 0));
        const same = ours.every((fractions, p) => fractions.every((v, t) => Math.abs(v - theirs[p]![t]!) < 1e-6));
        if (same) return;
        // Plans of equal cost tie (a project of no capex that adds nothing used, FC_SEED=1618): then ours,
        // fixed in glpsol's MIP, must cost what glpsol's optimum costs.
        const fixed = glpsol(fixPlan(lp.text, ours.flatMap((fractions, p) => fractions.map((v, t) => ` fix_${p}_${t}: ${lp.y(p, t)} = ${v}`))));
        const plans = projects.map((project, p) => `${project.id}: ${ours[p]} vs glpsol ${theirs[p]}`).join('; ');
        expect(fixed.status, `our plan (${plans}) in glpsol`).toBe('optimal');
        expect(closeTo(fixed.objective + lp.constant, objective, 1e-6), `our plan (${plans}) costs ${fixed.objective + lp.constant} in glpsol, its optimum ${objective}`).toBe(true);
      }),
      propertySettings(60),
    );
  });
});
