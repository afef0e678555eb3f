/** The checks of a result's status: "optimal" only for valid input, any other status with its reason. */
import { NUMERIC_FIELDS } from '../model/numeric-fields';
import type { Result, Scenario } from '../model/types';
import { show, type Add } from './check-context';

/**
 * Checks the status and, when it is not "optimal", all that can be checked
 * of the result; true when the result is an optimum whose flows are left to
 * check.
 */
export function checkStatus(scenario: Scenario, result: Result, rel: number, add: Add): boolean {
  const pastLimits = numbersPastLimits(scenario);
  if (result.status === 'optimal' && pastLimits.length > 0) {
    add('status', undefined, `status is "optimal", but the scenario holds numbers past the spec's limits (${pastLimits.join(', ')}): it is invalid input, with no answer to report`);
    return false;
  }
  if (result.status !== 'optimal') {
    if (!Array.isArray(result.diagnosis) || result.diagnosis.length === 0) {
      add('status', undefined, `status is "${String(result.status)}" but the result has no diagnosis saying why`);
    }
    if (result.status === 'infeasible') checkInfeasible(scenario, result, rel, add);
    return false;
  }
  return true;
}

/** The scenario's numbers past the spec's limits, as `demands.d0.volume = 1e+307`. */
function numbersPastLimits(scenario: Scenario): string[] {
  const found: string[] = [];
  const collections = { nodes: scenario.nodes, links: scenario.links, corridors: scenario.corridors ?? [], demands: scenario.demands } as const;
  for (const [collection, rules] of Object.entries(NUMERIC_FIELDS)) {
    const items = (collections as Record<string, readonly object[] | undefined>)[collection] ?? [];
    for (const item of items) {
      for (const [field, rule] of Object.entries(rules)) {
        const value = (item as Record<string, unknown>)[field];
        if (typeof value === 'number' && (!Number.isFinite(value) || !rule.test(value))) {
          found.push(`${collection}.${(item as { id?: string }).id ?? '?'}.${field} = ${String(value)}`);
        }
      }
    }
  }
  return found;
}

/**
 * An "infeasible" verdict must hold up: the zero flow (every demand unmet)
 * is feasible when every demand is soft and no corridor asks for a minimum
 * flow, so such a scenario is never infeasible (issue 12: 9.2e8 t behind a
 * maxShare gate, all soft, reported infeasible); and each shortfall must name
 * a hard demand and be more than 0 and at most its volume, at its own scale.
 * (`runCheck` also re-solves with the shortfalls taken off.)
 */
function checkInfeasible(scenario: Scenario, result: Result, rel: number, add: Add): void {
  const everySoft = scenario.demands.every((d) => d.unmetPenalty !== undefined);
  const minFlow = (scenario.corridors ?? []).some((c) => (c.minFlow ?? 0) > 0);
  if (everySoft && !minFlow) {
    add('status', undefined, 'status is "infeasible", but every demand is soft and no corridor has a minFlow: leaving every demand unmet is a feasible flow');
  }
  const demands = new Map(scenario.demands.map((d) => [d.id, d]));
  for (const shortfall of result.shortfalls ?? []) {
    const demand = demands.get(shortfall.demand);
    const item = `demands.${shortfall.demand}`;
    if (demand === undefined) {
      add('status', item, `the shortfall names demand ${shortfall.demand}, which the scenario does not have`);
      continue;
    }
    if (demand.unmetPenalty !== undefined) {
      add('status', item, `the shortfall names demand ${demand.id}, which is soft (it may go unserved at its penalty)`);
    }
    if (!(shortfall.unmet > rel * 1e-3 * demand.volume) || shortfall.unmet > demand.volume * (1 + rel)) {
      add('status', item, `demand ${demand.id} is said to be ${show(shortfall.unmet)} t/yr short, but a shortfall is more than 0 and at most its volume of ${show(demand.volume)} t/yr`);
    }
  }
}
