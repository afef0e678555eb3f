import type { Result, Scenario, SolveStatus } from '../model/types';
import type { LpSolution } from './types';

/**
 * The result of a solve that found no optimum: every flow, value and sum 0,
 * `unitCost`/`days` null, `reducedCost` null, utilisation 0 where a capacity
 * exists (null where unlimited), `diagnosis` as given.
 */
export function zeroResult(
  scenario: Scenario,
  status: SolveStatus,
  solver: LpSolution['solver'],
  diagnosis?: readonly string[],
): Result {
  return {
    status,
    objective: 0,
    served: 0,
    unmet: 0,
    corridors: (scenario.corridors ?? []).map((c) => ({ id: c.id, flow: 0, share: 0, marginalValue: 0 })),
    other: { flow: 0, share: 0 },
    links: scenario.links.map((l) => ({
      id: l.id,
      flow: 0,
      utilisation: l.capacity === undefined ? null : 0,
      marginalValue: 0,
      reducedCost: null,
    })),
    nodes: scenario.nodes.map((n) => ({
      id: n.id,
      throughput: 0,
      utilisation: n.capacity === undefined ? null : 0,
      marginalValue: 0,
    })),
    demands: scenario.demands.map((d) => ({
      id: d.id,
      served: 0,
      unmet: 0,
      unitCost: null,
      days: null,
      marginalCost: 0,
    })),
    ...(diagnosis === undefined ? {} : { diagnosis }),
    solver,
  };
}
