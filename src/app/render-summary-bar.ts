import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../components/i18n';
import type { Result, Scenario } from '../model/types';
import { splitSummary } from '../components/corridor-split/split-rows';
import { largestShareChange, resultDelta } from '../analysis/result-delta';
import { formatPercent, formatUsd } from '../components/format';
import { formatShareChange, formatUsdChange } from '../components/format-change';
import { styleProps } from '../components/style-props';
import { briefName as brief } from '../components/item-names';

/**
 * The answer in one line, kept at the top of a narrow screen while the
 * editor below is scrolled: each route's share, the generalised cost and
 * the change against the pinned base. Wide screens keep the whole answer
 * beside the editor and hide it (see layout.styles.ts).
 */
export function renderSummaryBar(scenario: Scenario | null, result: Result | null, base: { readonly result: Result; readonly name: string } | null, locale: string): TemplateResult | typeof nothing {
  if (result === null || result.status !== 'optimal') return nothing;
  const summary = splitSummary(scenario, result);
  const routes = summary.rows.filter((row) => row.kind !== 'unmet' && (row.share ?? 0) > 0.0005);
  const delta = base === null ? null : resultDelta(base.result, result);
  const moved = delta === null ? null : largestShareChange(delta);
  const movedLabel = moved === null ? '' : brief(summary.rows.find((r) => r.key === (moved.id === 'other' ? 'other' : `corridor:${moved.id}`))?.label ?? moved.id);
  return html`<div class="summary-bar" role="status" aria-label=${msg('Answer in brief')}>
    ${routes.map(
      (row) => html`<span class="route" title=${row.label}><span class="swatch" style=${styleProps({ 'background-color': row.paint })}></span>${brief(row.label)} ${formatPercent(row.share ?? 0, { locale })}</span>`,
    )}
    <span class="cost">${msg(str`${formatUsd(result.objective, { locale })} generalised`)}</span>
    ${delta === null
      ? nothing
      : html`<span class="change">${msg(str`vs base: ${moved === null ? msg('same split') : `${formatShareChange(moved.share, { locale })} ${movedLabel}`}, ${formatUsdChange(delta.objective, { locale })}`)}</span>`}
  </div>`;
}
