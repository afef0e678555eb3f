import { formatPath } from '../../model/format-path';
import { checkPlanning } from '../../model/planning-schema';
import type { Problem, Scenario } from '../../model/types';

/**
 * Every problem of the planning inputs (`horizon`, `projects`, demand
 * `growth`), each with its JSON path (`projects[1].adds[0].set`) as the
 * editor shows them, all at once: the planning schema's own checks
 * (`checkPlanning`, the spec's "Extensions"), so the Plan view, the parser
 * and `plan` say the same thing in the same words. Its warnings (unknown
 * fields) are the parser's to report, not the form's.
 */
export function planInputProblems(scenario: Scenario): Problem[] {
  return checkPlanning(scenario as unknown as Record<string, unknown>).errors.map((e) => ({ path: formatPath(e.keys), message: e.message }));
}
