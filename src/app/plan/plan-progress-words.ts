import { msg, str } from '../../components/i18n';
import type { PlanProgress, PlanResult, PlanStep } from '../../plan/types';

/** Getters, so each reading is in the language shown now. */
export const PHASE_WORDS: Readonly<Record<PlanProgress['phase'], string>> = {
  get building() {
    return msg('Building the problem');
  },
  get relaxation() {
    return msg('Solving the relaxation');
  },
  get branching() {
    return msg('Branching');
  },
  get appraisal() {
    return msg('Appraising each project');
  },
  get done() {
    return msg('Done');
  },
};

/** A plan with no figures to compare, in the reader's words (the what-if summary's sentence). */
export function failedStatusWords(status: PlanResult['status']): string {
  switch (status) {
    case 'infeasible':
      return msg('infeasible: no plan serves every demand', { id: 'plan-status-infeasible' });
    case 'unbounded':
      return msg('unbounded: a cost can fall without limit', { id: 'plan-status-unbounded' });
    default:
      return msg('not computed: the solver failed', { id: 'plan-status-failed' });
  }
}

/** What each step of the search is doing, in the reader's words (see `PlanStep`). */
export function stepWords(step: PlanStep): string {
  const of = step.yearsDone !== undefined && step.years !== undefined ? ` (${msg(str`model year ${step.yearsDone + 1} of ${step.years}`)})` : '';
  switch (step.name) {
    case 'all-built':
      return msg('Pricing every project built') + of;
    case 'none-built':
      return msg('Pricing no project built') + of;
    case 'relaxation':
      return msg('Solving the relaxation (every project divisible)');
    case 'rounded':
      return msg('Pricing the relaxation rounded up') + of;
    case 'branch-and-bound':
      return msg('Branch and bound (no news until it ends)');
  }
}
