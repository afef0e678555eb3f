import type { Project, Scenario } from '../../model/types';
import type { PlanResult } from '../../plan/types';
import type { WhatIfKind } from '../../components/corridor-plan/appraisal-table';
import { msg, str } from '../../components/i18n';

/** A variant of the planned scenario for one what-if, with the words that say what changed. */
export interface WhatIf {
  readonly project: string;
  readonly kind: WhatIfKind;
  /** E.g. "TRIPP never built", "TRIPP built from 2026", "TRIPP twice as big". */
  readonly label: string;
  readonly scenario: Scenario;
}

/**
 * The scenario of "what if this project were never built / built earlier /
 * twice as big", for a re-plan beside the current plan. Null when the
 * question has no answer: the project is unknown, or it already opens in the
 * first model year.
 *
 * - never: `decision: "never"`.
 * - earlier: forced open (`decision: "build"`) one model year before the
 *   plan opens it, even before its own `earliest` (that is the question);
 *   a project the plan leaves out: from its `earliest`.
 * - double: every capacity it adds, its capex and its opex × 2; when and
 *   whether still left to the optimiser.
 */
export function whatIf(scenario: Scenario, plan: PlanResult, projectId: string, kind: WhatIfKind): WhatIf | null {
  const projects = scenario.projects ?? [];
  const index = projects.findIndex((p) => p.id === projectId);
  const project = projects[index];
  if (project === undefined) return null;
  const name = project.name ?? project.id;
  const opens = plan.projects.find((p) => p.id === projectId)?.opens ?? null;
  const years = scenario.horizon?.years ?? plan.years.map((y) => y.year);
  let changed: Project;
  let label: string;
  switch (kind) {
    case 'never':
      changed = { ...project, decision: 'never' };
      label = msg(str`${name} never built`);
      break;
    case 'earlier': {
      const earliest = project.earliest ?? years[0];
      const at = opens === null ? earliest : [...years].reverse().find((y) => y < opens);
      if (at === undefined) return null;
      changed = { ...project, decision: 'build', earliest: at };
      label = opens === null ? msg(str`${name} built from ${at}`) : msg(str`${name} built from ${at} (not ${opens})`);
      break;
    }
    case 'double':
      changed = {
        ...project,
        adds: project.adds.map((a) => ({ ...a, amount: a.amount * 2 })),
        ...(project.capex !== undefined ? { capex: project.capex * 2 } : {}),
        ...(project.opex !== undefined ? { opex: project.opex * 2 } : {}),
      };
      label = msg(str`${name} twice as big`);
      break;
  }
  const next = projects.map((p, i) => (i === index ? changed : p));
  return { project: projectId, kind, label, scenario: { ...scenario, projects: next } };
}
