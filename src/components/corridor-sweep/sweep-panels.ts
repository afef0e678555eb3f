import { nothing, svg, type SVGTemplateResult } from 'lit';
import { styleProps } from '../style-props';
import { msg, str } from '../i18n';
import { axisUnit, formatTick, linearScale, niceTicks } from './chart-scale';
import { shareIn } from './share-series';
import { cellBounds, LINE_HEIGHT, MARGIN, SHARE_HEIGHT, type SweepLayout } from './sweep-layout';
import { optimalRuns, type SweepRow, type SweepView } from './sweep-view';

/** The top panel: the corridors' shares of served freight stacked over the parameter, not-optimal points banded. */
export function sharePanel(v: SweepView, l: SweepLayout, locale: string): SVGTemplateResult {
  const top = l.shareTop;
  const y = linearScale([0, 1], [top + SHARE_HEIGHT, top]);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const areas: SVGTemplateResult[] = [];
  for (const run of optimalRuns(v.rows)) {
    // Stack bottom-up in series order; a single point draws as a thin column.
    const xs = run.length === 1 ? [l.x(run[0]!.value) - 2, l.x(run[0]!.value) + 2] : run.map((r) => l.x(r.value));
    const rows = run.length === 1 ? [run[0]!, run[0]!] : run;
    let lower = rows.map(() => 0);
    for (const s of v.series) {
      const upper = rows.map((r, i) => lower[i]! + Math.max(0, shareIn(r.result, s.id)));
      const d =
        `M${xs.map((x, i) => `${x.toFixed(2)},${y(upper[i]!).toFixed(2)}`).join('L')}` +
        `L${xs.map((x, i) => `${x.toFixed(2)},${y(lower[i]!).toFixed(2)}`).reverse().join('L')}Z`;
      areas.push(svg`<path class="area" data-series=${s.id} d=${d} style=${styleProps({ fill: s.paint })}></path>`);
      lower = upper;
    }
  }
  const bands = v.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.result.status !== 'optimal')
    .map(({ r, i }) => {
      const [x0, x1] = cellBounds(l, v.rows, i);
      return svg`<rect class="not-optimal" x=${x0} y=${top} width=${Math.max(2, x1 - x0)} height=${SHARE_HEIGHT}><title>${r.result.status} at ${v.meta.format(r.value, locale)}</title></rect>`;
    });
  return svg`
    <g class="panel share-panel">
      <g class="grid">${ticks.map((t) => svg`<line x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>`)}</g>
      ${areas} ${bands}
      <g class="axis">
        ${ticks.map((t) => svg`<text x=${MARGIN.left - 8} y=${y(t)} dy="0.32em" text-anchor="end">${formatTick(t, { factor: 0.01, unit: '%' }, 0.25, locale)}</text>`)}
      </g>
      <text class="axis-title" transform=${`translate(14 ${top + SHARE_HEIGHT / 2}) rotate(-90)`} text-anchor="middle">${msg('Share of served (%)')}</text>
      <line class="domain" x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${top + SHARE_HEIGHT} y2=${top + SHARE_HEIGHT}></line>
    </g>
  `;
}

/** A panel of one line over the parameter: the generalised cost, or the parameter's marginal value (read against zero). */
export function linePanel(v: SweepView, l: SweepLayout, locale: string, which: 'objective' | 'marginal'): SVGTemplateResult {
  const top = which === 'objective' ? l.objectiveTop : l.marginalTop!;
  const valueOf = (r: SweepRow): number | null =>
    which === 'objective' ? (r.result.status === 'optimal' ? r.result.objective : null) : r.marginal;
  const unit = which === 'objective' ? 'USD/yr' : v.marginal?.unit ?? 'USD/t';
  const values = v.rows.map(valueOf).filter((value): value is number => value !== null && Number.isFinite(value));
  // The total cost moves by a few per cent over a sweep: an axis from zero would flatten it.
  // A marginal value is read against zero (where the constraint stops binding).
  const lo = which === 'objective' ? Math.min(...values) : Math.min(0, ...values);
  const hi = which === 'objective' ? Math.max(...values) : Math.max(0, ...values);
  const { ticks, domain } = values.length === 0 ? niceTicks(0, 1, 3) : niceTicks(lo, hi, 3);
  const axis = axisUnit(unit, Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const y = linearScale(domain, [top + LINE_HEIGHT, top]);
  const segments: string[] = [];
  let current: string[] = [];
  for (const r of v.rows) {
    const value = valueOf(r);
    if (value === null) {
      if (current.length > 0) segments.push(current.join('L'));
      current = [];
    } else current.push(`${l.x(r.value).toFixed(2)},${y(value).toFixed(2)}`);
  }
  if (current.length > 0) segments.push(current.join('L'));
  const title = which === 'objective' ? msg(str`Generalised cost (${axis.unit})`) : `${v.marginal!.label} (${axis.unit})`;
  return svg`
    <g class="panel ${which}-panel">
      <g class="grid">${ticks.map((t) => svg`<line x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>`)}</g>
      <text class="panel-title" x=${MARGIN.left} y=${top - 8}>${title}</text>
      <g class="axis">
        ${ticks.map((t) => svg`<text x=${MARGIN.left - 8} y=${y(t)} dy="0.32em" text-anchor="end">${formatTick(t, axis, step, locale)}</text>`)}
      </g>
      ${segments.map((d) => svg`<path class="line ${which}" d=${`M${d}`}></path>`)}
      ${v.rows.map((r) => {
        const value = valueOf(r);
        return value === null ? nothing : svg`<circle class="marker ${which}" cx=${l.x(r.value)} cy=${y(value)} r="3"></circle>`;
      })}
      <line class="domain" x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${top + LINE_HEIGHT} y2=${top + LINE_HEIGHT}></line>
    </g>
  `;
}

/** The parameter's axis under the lowest panel. */
export function xAxis(v: SweepView, l: SweepLayout, locale: string): SVGTemplateResult {
  const bottom = l.bottom;
  return svg`
    <g class="axis x-axis">
      ${l.xTicks.map(
        (t) => svg`
          <line class="domain" x1=${l.x(t)} x2=${l.x(t)} y1=${bottom} y2=${bottom + 4}></line>
          <text x=${l.x(t)} y=${bottom + 16} text-anchor="middle">${formatTick(t, l.xAxis, l.xStep, locale)}</text>`,
      )}
    </g>
    <text class="axis-title" x=${(MARGIN.left + l.width - MARGIN.right) / 2} y=${bottom + 36} text-anchor="middle">${v.meta.short} (${l.xAxis.unit})</text>
  `;
}

/** Rules half-way between the last point of a regime and the first of the next, numbered. */
export function regimeRules(v: SweepView, l: SweepLayout): SVGTemplateResult {
  return svg`<g class="regimes">
    ${v.regimes.map((change, n) => {
      const a = v.rows[change.index - 1]!;
      const b = v.rows[change.index]!;
      const x = (l.x(a.value) + l.x(b.value)) / 2;
      return svg`<g class="regime" data-index=${change.index}>
        <line x1=${x} x2=${x} y1=${l.shareTop} y2=${l.bottom}></line>
        <circle cx=${x} cy=${l.shareTop} r="8"></circle>
        <text x=${x} y=${l.shareTop} dy="0.35em" text-anchor="middle">${n + 1}</text>
      </g>`;
    })}
  </g>`;
}
