import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n';
import type { Scenario } from '../../model/types';
import type { PlanResult, ProjectAppraisal } from '../../plan/types';
import { formatNumber, formatUsdPlain } from '../format';

/** What a what-if button asks: the project never built, built one model year earlier, or twice as big (capacity and costs). */
export type WhatIfKind = 'never' | 'earlier' | 'double';

/** Getters, so each reading is in the language shown now. */
const WHAT_IF_WORDS: Readonly<Record<WhatIfKind, { readonly label: string }>> = {
  never: {
    get label() {
      return msg('Never', { id: 'what-if-never' });
    },
  },
  earlier: {
    get label() {
      return msg('Earlier', { id: 'what-if-earlier' });
    },
  },
  double: { label: '×2' },
};

/** "What if <project> …" as a whole sentence per question, so a translation can order it freely. */
function whatIfQuestion(kind: WhatIfKind, built: boolean, name: string): { readonly label: string; readonly title: string } {
  if (kind === 'earlier' && !built) {
    return { label: msg(str`What if ${name} were built from its earliest year`), title: msg('What if it were built from its earliest year: re-plan and compare') };
  }
  switch (kind) {
    case 'never':
      return { label: msg(str`What if ${name} were never built`), title: msg('What if it were never built: re-plan and compare') };
    case 'earlier':
      return { label: msg(str`What if ${name} were built earlier`), title: msg('What if it were built earlier: re-plan and compare') };
    case 'double':
      return {
        label: msg(str`What if ${name} were twice as big (capacity and costs)`),
        title: msg('What if it were twice as big (capacity and costs): re-plan and compare'),
      };
  }
}

/**
 * The appraisal of every project of a plan, one row each, in the plan's
 * order: built ones with their figures, the others marked "not built".
 * Present values are USD at the horizon's base year; a negative NPV is
 * marked, a BCR is a plain ratio.
 */
export function appraisalTable(
  plan: PlanResult,
  scenario: Scenario | null,
  locale: string,
  onWhatIf: ((project: string, kind: WhatIfKind) => void) | null,
): TemplateResult {
  if (plan.projects.length === 0) return html`<p class="empty">${msg('No projects in this plan.')}</p>`;
  const byId = new Map(plan.appraisal.map((a) => [a.id, a]));
  const names = new Map((scenario?.projects ?? []).map((p) => [p.id, p.name ?? p.id]));
  const base = scenario?.horizon?.base ?? plan.years[0]?.year;
  const usd = (v: number | null): string => (v === null ? '–' : formatUsdPlain(v, { locale }));
  const first = plan.years[0]?.year;
  return html`<div class="table-scroll">
    <table part="appraisal" class="appraisal">
      <caption>
        ${base === undefined ? msg('Appraisal of each project, USD present value.') : msg(str`Appraisal of each project, USD present value at ${base}.`)}
        ${msg("Costs: its capital charge and opex (out of pocket). Savings: the fall in the yearly generalised costs it brings (money + time valued), everything else re-optimised. Value: how much the plan's cost rises without it.")}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Project')}</th>
          <th scope="col" class="num">${msg('Opens')}</th>
          <th scope="col" class="num">${msg('PV costs')}</th>
          <th scope="col" class="num">${msg('PV savings')}</th>
          <th scope="col" class="num">${msg('NPV')}</th>
          <th scope="col" class="num">${msg('BCR')}</th>
          <th scope="col" class="num">${msg('Break-even capex')}</th>
          <th scope="col" class="num">${msg('Value', { id: 'project-value' })}</th>
          ${onWhatIf === null ? nothing : html`<th scope="col">${msg('What if it…')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${plan.projects.map((p) => {
          const a: ProjectAppraisal | undefined = byId.get(p.id);
          const name = names.get(p.id) ?? p.id;
          const built = p.opens !== null;
          return html`<tr data-project=${p.id} class=${built ? '' : 'not-built'}>
            <th scope="row">${name}${p.fraction > 0 && p.fraction < 1 - 1e-9 ? html` <span class="not-built">(${msg(str`${formatNumber(p.fraction * 100, { locale, digits: 0 })} % built`)})</span>` : nothing}</th>
            <td class="num">${p.opens ?? msg('not built')}</td>
            <td class="num">${usd(a?.pvCost ?? null)}</td>
            <td class="num">${usd(a?.pvSavings ?? null)}</td>
            <td class=${a !== undefined && a.npv < 0 ? 'num negative' : 'num'}>${usd(a?.npv ?? null)}</td>
            <td class="num">${a?.bcr === null || a?.bcr === undefined ? '–' : formatNumber(a.bcr, { locale, digits: 2 })}</td>
            <td class="num">${a !== undefined && a.breakEvenCapex === null && p.missing !== undefined
              ? html`<span class="missing" title=${p.missing}>${msg('not computed')}</span>`
              : usd(a?.breakEvenCapex ?? null)}</td>
            <td class="num">${p.missing !== undefined && p.value === null
              ? html`<span class="missing" title=${p.missing}>${msg('not computed')}</span>`
              : p.value === null
                ? msg('needed')
                : usd(p.value)}</td>
            ${onWhatIf === null
              ? nothing
              : html`<td><div class="what-if">
                  ${(['never', 'earlier', 'double'] as const).map((kind) => {
                    const off = (kind === 'never' && !built) || (kind === 'earlier' && built && p.opens === first);
                    const question = whatIfQuestion(kind, built, name);
                    return html`<button type="button" data-what-if=${kind} ?disabled=${off} aria-label=${question.label} title=${question.title} @click=${() => onWhatIf(p.id, kind)}>
                      ${kind === 'earlier' && !built ? msg('Build', { id: 'what-if-build' }) : WHAT_IF_WORDS[kind].label}
                    </button>`;
                  })}
                </div></td>`}
          </tr>`;
        })}
      </tbody>
    </table>
    ${plan.projects.some((p) => p.missing !== undefined)
      ? html`<ul class="missing-notes">
          ${plan.projects.filter((p) => p.missing !== undefined).map((p) => html`<li>${names.get(p.id) ?? p.id}: ${p.missing}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
