import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../components/i18n';
import { formatPercent, formatUsdPlain } from '../../components/format';
import type { Scenario } from '../../model/types';
import type { PlanSketch } from '../../plan/types';

/**
 * The best plan found so far while the search goes on (`PlanProgress.plan`):
 * which project opens when and what the plan costs, so a reader of a long
 * plan has an answer to read from the first plan on. The full report (each
 * year's flows, the appraisal) replaces it when the search ends.
 */
export function bestPlanSoFar(sketch: PlanSketch, scenario: Scenario | null, locale: string): TemplateResult {
  const names = new Map((scenario?.projects ?? []).map((p) => [p.id, p.name ?? p.id]));
  const built = sketch.projects.filter((p) => p.opens !== null).length;
  const opens = (p: PlanSketch['projects'][number]): string =>
    p.opens === null
      ? msg('not built')
      : p.fraction < 1 - 1e-9
        ? msg(str`${p.opens} (${formatPercent(p.fraction, { locale })} built)`)
        : String(p.opens);
  return html`<section class="best-so-far" aria-live="polite" aria-label=${msg('Best plan so far')}>
    <h3>${msg('Best plan so far')}</h3>
    <p class="hint-inline">
      ${msg(str`Generalised cost ${formatUsdPlain(sketch.objective, { locale })} (present value, project costs included); ${built} of ${sketch.projects.length} projects built. The search goes on: the full report follows when it ends.`)}
    </p>
    <table class="data best-so-far-table">
      <thead>
        <tr><th scope="col">${msg('Project')}</th><th scope="col">${msg('Opens')}</th></tr>
      </thead>
      <tbody>
        ${sketch.projects.map((p) => html`<tr data-project=${p.id}><th scope="row">${names.get(p.id) ?? p.id}</th><td>${opens(p)}</td></tr>`)}
      </tbody>
    </table>
  </section>`;
}
