import type { Scenario } from '../model/types';
import type { PlanResult } from './types';

/** A PlanResult with status `error`: no plan, the message as its diagnosis. */
export function planError(scenario: Scenario, message: string, ms: number): PlanResult {
  return {
    status: 'error',
    objective: 0,
    gap: null,
    years: [],
    projects: (scenario.projects ?? []).map((p) => ({ id: p.id, opens: null, fraction: 0, value: null })),
    appraisal: [],
    diagnosis: [message],
    solver: { name: 'glpk.js', version: '', ms },
  };
}
