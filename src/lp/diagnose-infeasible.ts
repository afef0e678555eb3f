import { DEFAULTS, type Result, type Scenario, type Shortfall } from '../model/types';
import { buildLp } from './build-lp';
import { solveAtOwnScale } from './solve-at-own-scale';
import { formatQuantity } from './format-quantity';
import { BUILD_MODE, ROW_KIND, type LpBuild } from './lp-layout';
import type { LpSolution, LpSolve } from './types';
import { zeroResult } from './zero-result';

/** Relative size (of the demand's volume, of the bound) below which an elastic variable counts as 0. */
const NOISE = 1e-9;

/**
 * The result of an infeasible scenario, with the reasons found by elastic
 * re-solves:
 *
 * 1. Every hard demand may leave tonnes unserved at 1 per t/yr, soft
 *    demands' unmet is free, all other costs 0: the demands still unmet at
 *    the optimum cannot be served in full, by that many t/yr (the split of
 *    the least total shortfall between demands need not be unique). The
 *    capacities and bounds whose duals are non-zero are named as the limits.
 * 2. If even that is infeasible, only a corridor's lower bound can be to
 *    blame (with every demand unserved every other row holds): its minFlow
 *    and minShare rows get slack at 1 per t/yr, and every corridor left with
 *    slack is named.
 *
 * The elastic re-solve is also the certificate: its optimum is verified
 * (`verifySolution`, in the solver adapter), so its duals prove that no flow
 * does with less shortfall. "Infeasible" is said only when that optimum
 * leaves some demand or bound short by more than NOISE of its own size; when
 * it does not, or the re-solve fails, the first verdict was a numerical
 * failure and the result is an `error` (never `infeasible`).
 */
export function diagnoseInfeasible(
  scenario: Scenario,
  lpSolve: LpSolve,
  options: { readonly timeLimitSeconds?: number },
  first: LpSolution['solver'],
): Result {
  let ms = first.ms;
  const solver = (): LpSolution['solver'] => ({ name: first.name, version: first.version, ms });
  const numerical = (why: string): Result =>
    zeroResult(scenario, 'error', solver(), [`numerical failure: the solver found no feasible flow, but ${why}; the verdict "infeasible" does not hold up`]);

  const shortfallBuild = buildLp(scenario, BUILD_MODE.shortfall);
  const { solution: phase1, violation: phase1Violation } = solveAtOwnScale(shortfallBuild, lpSolve, options);
  ms += phase1.solver.ms;
  if (phase1Violation !== null) return numerical(`the elastic re-solve's optimum does not hold at each demand's own scale (${phase1Violation})`);
  if (phase1.status === 'optimal') {
    const shortfalls: Shortfall[] = [];
    const diagnosis: string[] = [];
    scenario.demands.forEach((demand, k) => {
      if (demand.unmetPenalty !== undefined) return;
      const u = shortfallBuild.layout.unmetColumn[k]!;
      const unmet = u >= 0 ? phase1.primal[u]! : 0;
      if (unmet > NOISE * demand.volume) {
        shortfalls.push({ demand: demand.id, unmet });
        diagnosis.push(
          `demand "${demand.id}" cannot be served in full: ${formatQuantity(unmet)} t/yr short of ${formatQuantity(demand.volume)} t/yr`,
        );
      }
    });
    if (shortfalls.length === 0) return numerical('the elastic re-solve serves every hard demand in full');
    const limits = bindingLimits(scenario, shortfallBuild, phase1);
    if (limits.length > 0) diagnosis.push(`limited by: ${limits.join(', ')}`);
    return { ...zeroResult(scenario, 'infeasible', solver(), diagnosis), shortfalls };
  }
  if (phase1.status === 'time-limit') return zeroResult(scenario, 'time-limit', solver(), [phase1.message ?? 'the solve stopped at its time limit']);
  if (phase1.status !== 'infeasible') {
    return numerical(`the elastic re-solve that would say why ended with status ${phase1.status}${phase1.message ? `: ${phase1.message}` : ''}`);
  }

  let totalVolume = 0;
  for (const d of scenario.demands) totalVolume += d.volume;
  const boundsBuild = buildLp(scenario, BUILD_MODE.bounds);
  const { solution: phase2, violation: phase2Violation } = solveAtOwnScale(boundsBuild, lpSolve, options);
  ms += phase2.solver.ms;
  const corridors = scenario.corridors ?? [];
  const diagnosis: string[] = [];
  if (phase2Violation !== null) return numerical(`the elastic re-solve's optimum does not hold at each demand's own scale (${phase2Violation})`);
  if (phase2.status === 'optimal') {
    corridors.forEach((corridor, c) => {
      const closed = (corridor.enabled ?? DEFAULTS.enabled) ? '' : ' (the corridor is disabled)';
      const flowSlack = boundsBuild.layout.corridorMinFlowSlack[c]!;
      if (flowSlack >= 0 && phase2.primal[flowSlack]! > NOISE * (corridor.minFlow ?? 0)) {
        diagnosis.push(
          `corridor "${corridor.id}" cannot meet its minFlow of ${formatQuantity(corridor.minFlow ?? 0)} t/yr: ${formatQuantity(phase2.primal[flowSlack]!)} t/yr short${closed}`,
        );
      }
      const shareSlack = boundsBuild.layout.corridorMinShareSlack[c]!;
      if (shareSlack >= 0 && phase2.primal[shareSlack]! > NOISE * (corridor.minShare ?? 0) * totalVolume) {
        diagnosis.push(
          `corridor "${corridor.id}" cannot meet its minShare of ${formatQuantity(corridor.minShare ?? 0)}: ${formatQuantity(phase2.primal[shareSlack]!)} t/yr short${closed}`,
        );
      }
    });
  }
  if (phase2.status === 'time-limit') return zeroResult(scenario, 'time-limit', solver(), [phase2.message ?? 'the solve stopped at its time limit']);
  if (diagnosis.length === 0) {
    return numerical(
      phase2.status === 'optimal'
        ? 'with every demand free to go unserved, the elastic re-solve meets every corridor bound'
        : `the elastic re-solve of the corridor bounds ended with status ${phase2.status}${phase2.message ? `: ${phase2.message}` : ''}`,
    );
  }
  return { ...zeroResult(scenario, 'infeasible', solver(), diagnosis), shortfalls: [] };
}

/** Capacities and corridor bounds whose duals in the shortfall solve are non-zero: what one more t/yr of would serve more. */
function bindingLimits(scenario: Scenario, build: LpBuild, solution: LpSolution): string[] {
  const { layout, lp } = build;
  const limits: string[] = [];
  for (let i = 0; i < lp.numRows; i++) {
    if (Math.abs(solution.dual[i]!) <= NOISE) continue;
    const item = layout.rowItem[i]!;
    switch (layout.rowKind[i]) {
      case ROW_KIND.linkCapacity:
        limits.push(`link "${scenario.links[item]!.id}" capacity ${formatQuantity(layout.linkCapacity[item]!)} t/yr`);
        break;
      case ROW_KIND.nodeCapacity:
        limits.push(`node "${scenario.nodes[item]!.id}" capacity ${formatQuantity(layout.nodeCapacity[item]!)} t/yr`);
        break;
      case ROW_KIND.corridorFlow:
        limits.push(`corridor "${scenario.corridors![item]!.id}" flow bounds`);
        break;
      case ROW_KIND.corridorMaxShare:
        limits.push(`corridor "${scenario.corridors![item]!.id}" maxShare ${formatQuantity(scenario.corridors![item]!.maxShare ?? 1)}`);
        break;
      case ROW_KIND.corridorMinShare:
        limits.push(`corridor "${scenario.corridors![item]!.id}" minShare ${formatQuantity(scenario.corridors![item]!.minShare ?? 0)}`);
        break;
      default:
        break;
    }
  }
  return limits;
}
