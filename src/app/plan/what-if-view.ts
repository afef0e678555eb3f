import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../components/i18n';
import { formatPercent, formatUsdPlain } from '../../components/format';
import type { Scenario } from '../../model/types';
import type { PlanProgress, PlanResult } from '../../plan/types';
import '../../components/corridor-plan/corridor-plan';
import { failedStatusWords } from './plan-progress-words';
import { planProgressRow } from './plan-progress-row';
import type { WhatIf } from './what-if';

/** A what-if re-plan beside the current one. */
export interface WhatIfRun {
  readonly question: WhatIf;
  /** Null while it runs. */
  readonly plan: PlanResult | null;
  readonly progress: PlanProgress | null;
  readonly error: string | null;
}

/** The what-if's own column beside the current plan: its progress or failure while it has no plan, then its report. */
export function whatIfColumn(c: WhatIfRun, close: () => void, locale: string): TemplateResult {
  const heading = msg(str`What if: ${c.question.label}`);
  if (c.plan === null) {
    return html`<section class="what-if-run" aria-label=${heading}>
      <h3>${heading}</h3>
      ${c.error !== null
        ? html`<p class="message error" role="alert">
            ${msg(str`The re-plan failed: ${c.error}`)} <button type="button" class="close-what-if" @click=${close}>${msg('Close')}</button>
          </p>`
        : planProgressRow(c.progress, true, close, locale, msg('What-if progress'))}
    </section>`;
  }
  return html`<section class="what-if-run" aria-label=${heading}>
    <corridor-plan class="what-if" heading=${heading} .plan=${c.plan} .scenario=${c.question.scenario}></corridor-plan>
  </section>`;
}

/** Above both plans: what the what-if costs against the current plan, and which openings it moved. */
export function whatIfSummary(c: WhatIfRun & { readonly plan: PlanResult }, current: PlanResult, close: () => void, locale: string): TemplateResult {
  const delta = c.plan.objective - current.objective;
  const comparable = c.plan.status === 'optimal' || c.plan.status === 'time-limit';
  return html`<div class="what-if-summary">
    <p class="delta" role="status">
      <span
        >${comparable
          ? costDelta(c.question.label, delta, Math.abs(delta) / Math.max(1, Math.abs(current.objective)), locale)
          : html`${msg(str`${c.question.label}: the plan is ${failedStatusWords(c.plan.status)}.`)} ${(c.plan.diagnosis ?? []).join(' ')}`}</span
      >
      <button type="button" class="close-what-if" @click=${close}>${msg('Close')}</button>
    </p>
    ${comparable ? buildChanges(current, c.plan, c.question.scenario) : nothing}
  </div>`;
}

/** What the what-if costs: a sentence per direction, so a translation can put the amount where its grammar wants it. */
function costDelta(label: string, delta: number, share: number, locale: string): TemplateResult {
  const amount = html`<strong>${delta >= 0 ? '+' : '−'}${formatUsdPlain(Math.abs(delta), { locale })}</strong>`;
  const percent = formatPercent(share, { locale, variant: 'full' });
  return delta >= 0
    ? html`${msg(html`${label}: the plan costs ${amount} (present value, ${percent} more) than the current plan.`)}`
    : html`${msg(html`${label}: the plan costs ${amount} (present value, ${percent} less) than the current plan.`)}`;
}

/** Which projects open when in each plan, the differences first: what the what-if moved. */
function buildChanges(current: PlanResult, other: PlanResult, scenario: Scenario): TemplateResult {
  const opens = (p: { readonly opens: number | null; readonly fraction: number }): string =>
    p.opens === null ? msg('not built') : p.fraction < 1 - 1e-9 ? `${p.opens} (${Math.round(p.fraction * 100)} %)` : String(p.opens);
  const rows = current.projects.map((p) => {
    const q = other.projects.find((x) => x.id === p.id);
    const now = opens(p);
    const then = q === undefined ? '–' : opens(q);
    return { id: p.id, name: scenario.projects?.find((x) => x.id === p.id)?.name ?? p.id, now, then, moved: now !== then };
  });
  rows.sort((a, b) => Number(b.moved) - Number(a.moved));
  return html`<table class="data build-changes">
    <caption>${msg('Opens in each plan (changes first)')}</caption>
    <thead><tr><th scope="col">${msg('Project')}</th><th scope="col">${msg('Current plan')}</th><th scope="col">${msg('What if')}</th></tr></thead>
    <tbody>
      ${rows.map((r) => html`<tr data-project=${r.id} class=${r.moved ? 'moved' : ''}><th scope="row">${r.name}</th><td>${r.now}</td><td>${r.then}</td></tr>`)}
    </tbody>
  </table>`;
}
