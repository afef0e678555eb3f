import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../components/i18n';
import { formatNumber, formatPercent, formatUsdPlain } from '../../components/format';
import { styleProps } from '../../components/style-props';
import type { PlanProgress } from '../../plan/types';
import { PHASE_WORDS, stepWords } from './plan-progress-words';

/**
 * The incumbent, bound and gap with a Cancel button, while a plan (or a
 * what-if re-plan) runs; nothing when not `running`.
 */
export function planProgressRow(
  p: PlanProgress | null,
  running: boolean,
  cancel: () => void,
  locale: string,
  label = msg('Planning progress'),
): TemplateResult | typeof nothing {
  if (!running) return nothing;
  const parts = [
    p === null ? msg('Starting the worker…') : p.step !== undefined && p.phase !== 'appraisal' && p.phase !== 'done' ? stepWords(p.step) : PHASE_WORDS[p.phase],
    p?.incumbent != null ? msg(str`best plan ${formatUsdPlain(p.incumbent, { locale })}`) : null,
    p?.bound != null ? msg(str`bound ${formatUsdPlain(p.bound, { locale })}`) : null,
    p?.gap != null ? msg(str`gap ${formatPercent(p.gap, { locale, variant: 'full' })}`) : null,
    p !== null ? msg(str`${formatNumber(p.elapsedMs / 1000, { locale, digits: 1 })} s`) : null,
  ].filter((x): x is string => x !== null);
  // The bar closes as the gap does: 1 − gap, or an indeterminate sliver before there is one.
  const fraction = p?.gap != null ? Math.max(0.02, Math.min(1, 1 - p.gap)) : 0.02;
  const text = parts.join(' · ');
  return html`<div class="progress-row plan-progress">
    <div class="progress" role="progressbar" aria-label=${label} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(fraction * 100)} aria-valuetext=${text}>
      <div class="progress-fill" style=${styleProps({ width: `${fraction * 100}%` })}></div>
    </div>
    <span class="progress-text" role="status">${text}</span>
    <button type="button" class="cancel" @click=${cancel}>${msg('Cancel')}</button>
  </div>`;
}
