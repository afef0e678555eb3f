/**
 * A realistic plan to test and look at the Plan view before the planning
 * engine exists: the 2030 Caspian network (models/caspian-2030.json) over
 * model years 2026, 2030 and 2035 (to 2045, 6 %/yr, demand growing), with
 * three projects. Which projects open when is chosen by hand (the fleet at
 * once, Sarzha in 2030, TRIPP not built: with its 5 Mt/yr it mostly takes
 * freight off the Georgian lines, as its negative NPV when forced in shows
 * — see the what-if test); every year's result is a
 * real solve of that year's scenario (grown volumes, open projects' capacity
 * added), and the appraisal follows the spec's formulas from those solves:
 * pvCost = Σ W_t·(capex·CRF + opex)·fraction over the open years, pvSavings
 * = Σ W_t·(cost without it − cost with it), break-even capex = the capex at
 * which NPV is 0. `value` is taken as the NPV (the engine re-optimises
 * the others; close enough for a view).
 */
import caspianJson from '../../../models/caspian-2030.json';
import { parseScenario } from '../../../src/model/parse-scenario';
import { applyParameterChanges, getParameter, type ParameterChange } from '../../../src/model/parameter-path';
import type { Result, Scenario } from '../../../src/model/types';
import type { PlanResult, ProjectAppraisal } from '../../../src/plan/types';
import { yearlyProjectCost } from '../../../src/app/plan/plan-to-csv';
import type { AnalysisRunner } from '../../../src/app/analyses/analysis-runner';

export const PLAN_YEARS = [2026, 2030, 2035] as const;
export const PLAN_END = 2045;
export const PLAN_RATE = 0.06;

function parsed(json: unknown): Scenario {
  const outcome = parseScenario(json);
  if (!outcome.ok) throw new Error('caspian-2030 does not parse');
  return outcome.scenario;
}

const GROWTH: Readonly<Record<string, number>> = { 'containers-europe': 0.05, 'containers-turkey': 0.04, 'grain-turkey': 0.02, 'grain-armenia': 0.02 };

/** The 2030 network with a horizon, growth and three projects. */
export function caspianPlanScenario(): Scenario {
  const base = parsed(caspianJson);
  return {
    ...base,
    name: 'Caspian corridors 2026–2045 (planning)',
    demands: base.demands.map((d) => ({ ...d, growth: GROWTH[d.id] ?? 0 })),
    horizon: { years: [...PLAN_YEARS], end: PLAN_END, discountRate: PLAN_RATE, base: 2026 },
    projects: [
      { id: 'fleet', name: 'Caspian fleet (+8 ferries)', adds: [{ set: 'links.caspian-ferry.capacity', amount: 2_000_000 }], capex: 400e6, life: 25, opex: 12e6 },
      { id: 'tripp', name: 'TRIPP Meghri section', adds: [{ set: 'links.tripp-meghri.capacity', amount: 5_000_000 }], capex: 215e6, life: 30, opex: 2e6, earliest: 2030 },
      { id: 'sarzha', name: 'Kuryk Sarzha terminal', adds: [{ set: 'links.caspian-feeder.capacity', amount: 1_500_000 }], capex: 120e6, life: 30, opex: 3e6, earliest: 2030, divisible: true },
    ],
  };
}

/** The plan chosen by hand: opening year and fraction per project. */
export const HAND_PLAN: Readonly<Record<string, { readonly opens: number | null; readonly fraction: number }>> = {
  fleet: { opens: 2026, fraction: 1 },
  tripp: { opens: null, fraction: 0 },
  sarzha: { opens: 2030, fraction: 1 },
};

const isOpen = (p: { readonly opens: number | null }, year: number): boolean => p.opens !== null && p.opens <= year;

/** W_t of the spec: Σ over the calendar years model year t stands for of (1+r)^−(y − base). */
export function weights(years: readonly number[], end: number, rate: number, base: number): number[] {
  return years.map((year, t) => {
    let w = 0;
    for (let y = year; y < (years[t + 1] ?? end + 1); y++) w += (1 + rate) ** -(y - base);
    return w;
  });
}

/** Model year `year`'s one-year scenario with the given projects open (fraction each). */
export function yearScenario(scenario: Scenario, year: number, open: Readonly<Record<string, number>>): Scenario {
  const changes: ParameterChange[] = scenario.demands.map((d) => ({ path: `demands.${d.id}.volume`, value: d.volume * (1 + (d.growth ?? 0)) ** (year - 2026) }));
  for (const p of scenario.projects ?? []) {
    const fraction = open[p.id] ?? 0;
    for (const a of p.adds) changes.push({ path: a.set, value: (getParameter(scenario, a.set) ?? 0) + a.amount * fraction });
  }
  return { ...applyParameterChanges(scenario, changes), name: `${scenario.name} ${year}` };
}

/** The hand plan with real one-year results, solved by `solve`. */
export async function caspianPlan(solve: (s: Scenario) => Promise<Result>): Promise<{ scenario: Scenario; plan: PlanResult }> {
  const scenario = caspianPlanScenario();
  const w = weights(PLAN_YEARS, PLAN_END, PLAN_RATE, 2026);
  const openIn = (year: number, except?: string): Record<string, number> =>
    Object.fromEntries(Object.entries(HAND_PLAN).filter(([id, p]) => id !== except && isOpen(p, year)).map(([id, p]) => [id, p.fraction]));
  const results = await Promise.all(PLAN_YEARS.map((y) => solve(yearScenario(scenario, y, openIn(y)))));
  const appraisal: ProjectAppraisal[] = [];
  for (const project of scenario.projects!) {
    const chosen = HAND_PLAN[project.id]!;
    if (chosen.opens === null) continue;
    let pvCost = 0;
    let pvSavings = 0;
    let annuity = 0;
    let pvOpex = 0;
    for (const [t, year] of PLAN_YEARS.entries()) {
      if (chosen.opens > year) continue;
      const without = await solve(yearScenario(scenario, year, openIn(year, project.id)));
      pvSavings += w[t]! * (without.objective - results[t]!.objective);
      pvCost += w[t]! * chosen.fraction * yearlyProjectCost(project.capex ?? 0, project.life ?? 30, project.opex ?? 0, PLAN_RATE);
      annuity += w[t]! * chosen.fraction * yearlyProjectCost(1, project.life ?? 30, 0, PLAN_RATE);
      pvOpex += w[t]! * chosen.fraction * (project.opex ?? 0);
    }
    appraisal.push({
      id: project.id,
      opens: chosen.opens,
      pvCost,
      pvSavings,
      npv: pvSavings - pvCost,
      bcr: pvCost > 0 ? pvSavings / pvCost : null,
      breakEvenCapex: annuity > 0 ? (pvSavings - pvOpex) / annuity : null,
    });
  }
  const objective = PLAN_YEARS.reduce((sum, year, t) => {
    const charges = (scenario.projects ?? []).reduce((c, p) => {
      const chosen = HAND_PLAN[p.id]!;
      return isOpen(chosen, year) ? c + chosen.fraction * yearlyProjectCost(p.capex ?? 0, p.life ?? 30, p.opex ?? 0, PLAN_RATE) : c;
    }, 0);
    return sum + w[t]! * (results[t]!.objective + charges);
  }, 0);
  const plan: PlanResult = {
    status: 'optimal',
    objective,
    gap: 0.0004,
    years: PLAN_YEARS.map((year, t) => ({ year, weight: w[t]!, result: results[t]! })),
    projects: scenario.projects!.map((p) => ({ id: p.id, opens: HAND_PLAN[p.id]!.opens, fraction: HAND_PLAN[p.id]!.fraction, value: appraisal.find((a) => a.id === p.id)?.npv ?? 0 })),
    appraisal,
    solver: { name: 'glpk.js', version: 'fixture', ms: 1840 },
  };
  return { scenario, plan };
}

/** A plan of two model years with no projects at all: the smallest the view must still draw. */
export function tinyPlan(result: Result): PlanResult {
  return {
    status: 'optimal',
    objective: result.objective * 2,
    gap: 0,
    years: [
      { year: 2026, weight: 1, result },
      { year: 2027, weight: 1, result },
    ],
    projects: [],
    appraisal: [],
    solver: { name: 'glpk.js', version: 'fixture', ms: 3 },
  };
}

/** The hand plan solved with a one-worker pool of the real solver (disposed after). */
export async function solvedCaspianPlan(): Promise<{ scenario: Scenario; plan: PlanResult }> {
  const { WorkerPool } = await import('../../../src/client/worker-pool');
  const pool = new WorkerPool({ size: 1, timeoutMs: 60_000 });
  try {
    return await caspianPlan(async (s) => (await pool.solveMany([s]))[0]!);
  } finally {
    pool.dispose();
  }
}

/** A runner for the panels' tests: `plan` and `calibrate` as the test says, nothing else used. */
export function fakeRunner(parts: Partial<Pick<AnalysisRunner, 'plan' | 'calibrate'>>): AnalysisRunner {
  const unused = (): never => {
    throw new Error('not used by this test');
  };
  return {
    solveMany: Object.assign(unused, { variants: unused }) as unknown as AnalysisRunner['solveMany'],
    check: unused,
    plan: parts.plan ?? unused,
    calibrate: parts.calibrate ?? unused,
    dispose: () => undefined,
  };
}

/** Downloads the page asked for (name and content), caught at the link's click instead of saved. */
export function catchDownloads(): { readonly files: { name: string; blob: Promise<Blob> }[]; restore(): void } {
  const files: { name: string; blob: Promise<Blob> }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download !== '') files.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
    else original.call(this);
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = original) };
}
