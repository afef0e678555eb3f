/** The sweep's figures in words: the chart's and each point's accessible names, the tooltip, the regime list and the data table. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPercent, formatUsd } from '../format';
import { styleProps } from '../style-props';
import { msg, str } from '../i18n';
import { chartTooltip } from './chart-tooltip';
import { dataTableToggle } from './data-table-toggle';
import { formatIn } from './parameter-meta';
import { shareIn } from './share-series';
import { describeRegime } from './sweep-regimes';
import type { SweepLayout } from './sweep-layout';
import type { SweepRow, SweepView } from './sweep-view';

export function chartLabel(v: SweepView, locale: string): string {
  const [n, label, from, to] = [v.rows.length, v.meta.label, v.meta.format(v.rows[0]!.value, locale), v.meta.format(v.rows[v.rows.length - 1]!.value, locale)];
  return v.marginal === null
    ? msg(str`Shares of served freight and generalised cost for ${n} values of ${label} from ${from} to ${to}. Use the arrow keys to step through the points.`)
    : msg(str`Shares of served freight, generalised cost and marginal value for ${n} values of ${label} from ${from} to ${to}. Use the arrow keys to step through the points.`);
}

export function pointLabel(v: SweepView, r: SweepRow, locale: string): string {
  const meta = v.meta;
  const head = `${meta.label} ${meta.format(r.value, locale)}`;
  if (r.result.status !== 'optimal') return `${head}: ${r.result.status}`;
  const shares = v.series.map((s) => `${s.label} ${formatPercent(shareIn(r.result, s.id), { locale })}`).join(', ');
  const marginal = r.marginal === null || v.marginal === null ? '' : `; ${v.marginal.label} ${formatIn(v.marginal.unit, r.marginal, locale)}`;
  return msg(str`${head}: ${shares}; generalised cost ${formatUsd(r.result.objective, { locale })}${marginal}`);
}

export function sweepTooltip(v: SweepView, l: SweepLayout, r: SweepRow, locale: string): TemplateResult {
  const x = l.x(r.value);
  const left = Math.min(Math.max(0, x + 12), l.width - 230);
  const placeLeft = x + 12 + 220 > l.width;
  const marginal = v.marginal;
  return chartTooltip(
    placeLeft ? Math.max(0, x - 232) : left,
    l.shareTop + 16,
    v.meta.format(r.value, locale, true),
    r.result.status !== 'optimal'
      ? html`<span>${r.result.status}: no split</span>`
      : html`<dl>
          ${[...v.series].reverse().map(
            (s) => html`<dt><span class="swatch" style=${styleProps({ background: s.paint })}></span> ${s.label}</dt>
              <dd>${formatPercent(shareIn(r.result, s.id), { locale })}</dd>`,
          )}
          <dt>${msg('Generalised cost')}</dt>
          <dd>${formatUsd(r.result.objective, { locale })}</dd>
          ${r.marginal === null || marginal === null
            ? nothing
            : html`<dt>${marginal.label}</dt>
                <dd>${formatIn(marginal.unit, r.marginal, locale)}</dd>`}
        </dl>`,
  );
}

export function regimeList(v: SweepView, locale: string): TemplateResult | typeof nothing {
  if (v.regimes.length === 0) return nothing;
  return html`
    <ol part="regimes" class="regime-list" aria-label=${msg('Regime changes')}>
      ${v.regimes.map((change, n) => {
        const a = v.rows[change.index - 1]!;
        const b = v.rows[change.index]!;
        return html`<li data-index=${change.index}>
          <span class="regime-number" aria-hidden="true">${n + 1}</span>
          <span>Between ${v.meta.format(a.value, locale)} and ${v.meta.format(b.value, locale)}: ${describeRegime(change, (value) => formatIn(v.marginal?.unit ?? 'USD/t', value, locale))}</span>
        </li>`;
      })}
    </ol>
  `;
}

export function sweepTable(v: SweepView, locale: string): TemplateResult {
  const { meta, marginal } = v;
  return dataTableToggle(
    marginal === null ? msg(str`${meta.label}: shares and generalised cost at each solved value`) : msg(str`${meta.label}: shares, generalised cost and marginal value at each solved value`),
    html`<tr>
      <th scope="col" class="num">${meta.label}</th>
      ${v.series.map((s) => html`<th scope="col" class="num">${s.label} share</th>`)}
      <th scope="col" class="num">${msg('Generalised cost')}</th>
      ${marginal === null ? nothing : html`<th scope="col" class="num">${marginal.label}</th>`}
      <th scope="col">${msg('Status')}</th>
    </tr>`,
    v.rows.map(
      (r) => html`<tr data-index=${r.index}>
        <th scope="row" class="num">${meta.format(r.value, locale, true)}</th>
        ${v.series.map(
          (s) => html`<td class="num">${r.result.status === 'optimal' ? formatPercent(shareIn(r.result, s.id), { locale, variant: 'full' }) : '–'}</td>`,
        )}
        <td class="num">${r.result.status === 'optimal' ? formatUsd(r.result.objective, { locale, variant: 'full' }) : '–'}</td>
        ${marginal === null ? nothing : html`<td class="num">${r.marginal === null ? '–' : formatIn(marginal.unit, r.marginal, locale, true)}</td>`}
        <td>${r.result.status}</td>
      </tr>`,
    ),
  );
}
