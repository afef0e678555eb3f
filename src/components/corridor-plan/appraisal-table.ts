import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Scenario } from '../../model/types';
import type { PlanResult, ProjectAppraisal } from '../../plan/types';
import { formatNumber, formatUsdPlain } from '../format';

/** What a what-if button asks: the project never built, built one model year earlier, or twice as big (capacity and costs). */
export type WhatIfKind = 'never' | 'earlier' | 'double';

const WHAT_IF_WORDS: Readonly<Record<WhatIfKind, { readonly label: string; readonly long: string }>> = {
  never: { label: 'Never', long: 'were never built' },
  earlier: { label: 'Earlier', long: 'were built earlier' },
  double: { label: '×2', long: 'were twice as big (capacity and costs)' },
};

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
  if (plan.projects.length === 0) return html`<p class="empty">No projects in this plan.</p>`;
  const byId = new Map(plan.appraisal.map((a) => [a.id, a]));
  const names = new Map((scenario?.projects ?? []).map((p) => [p.id, p.name ?? p.id]));
  const base = scenario?.horizon?.base ?? plan.years[0]?.year;
  const usd = (v: number | null): string => (v === null ? '–' : formatUsdPlain(v, { locale }));
  const first = plan.years[0]?.year;
  return html`<div class="table-scroll">
    <table part="appraisal" class="appraisal">
      <caption>
        Appraisal of each project, USD present value${base === undefined ? '' : ` at ${base}`}. Savings: the fall in the yearly
        costs it brings, everything else re-optimised. Value: how much the plan's cost rises without it.
      </caption>
      <thead>
        <tr>
          <th scope="col">Project</th>
          <th scope="col" class="num">Opens</th>
          <th scope="col" class="num">PV costs</th>
          <th scope="col" class="num">PV savings</th>
          <th scope="col" class="num">NPV</th>
          <th scope="col" class="num">BCR</th>
          <th scope="col" class="num">Break-even capex</th>
          <th scope="col" class="num">Value</th>
          ${onWhatIf === null ? nothing : html`<th scope="col">What if it…</th>`}
        </tr>
      </thead>
      <tbody>
        ${plan.projects.map((p) => {
          const a: ProjectAppraisal | undefined = byId.get(p.id);
          const name = names.get(p.id) ?? p.id;
          const built = p.opens !== null;
          return html`<tr data-project=${p.id} class=${built ? '' : 'not-built'}>
            <th scope="row">${name}${p.fraction > 0 && p.fraction < 1 - 1e-9 ? html` <span class="not-built">(${formatNumber(p.fraction * 100, { locale, digits: 0 })} % built)</span>` : nothing}</th>
            <td class="num">${p.opens ?? 'not built'}</td>
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
                ? 'needed'
                : usd(p.value)}</td>
            ${onWhatIf === null
              ? nothing
              : html`<td><div class="what-if">
                  ${(['never', 'earlier', 'double'] as const).map((kind) => {
                    const off = (kind === 'never' && !built) || (kind === 'earlier' && built && p.opens === first);
                    const long = kind === 'earlier' && !built ? 'were built from its earliest year' : WHAT_IF_WORDS[kind].long;
                    return html`<button type="button" data-what-if=${kind} ?disabled=${off} aria-label=${`What if ${name} ${long}`} title=${`What if it ${long}: re-plan and compare`} @click=${() => onWhatIf(p.id, kind)}>
                      ${kind === 'earlier' && !built ? 'Build' : WHAT_IF_WORDS[kind].label}
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
