import { formatPercent, formatTonnes } from '../format';
import { msg } from '../i18n';
import type { SplitRow, SplitSummary } from './split-rows';

/**
 * The split as a picture for the Export menu: a horizontal bar per corridor
 * (and other routes), its length the tonnes, its words the tonnes and the
 * share of the served freight; the unmet demand below a rule, apart, as a
 * share of all demand, since it is not a route the freight took. Drawn with
 * the DOM (not a template): it lives only long enough to be exported.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const LABEL_WIDTH = 170;
/** Room right of the longest bar for its words ("12.3 Mt/yr · 45.6 %"). */
const VALUE_WIDTH = 170;
const ROW = 28;
const BAR = 18;
/** The gap and rule between the routes and the unmet demand. */
const APART = 16;
const TEXT = '#1c2430';
const MUTED = '#5b6673';

/** An `<svg>` of the split (null without an optimal answer); not in the document yet. */
export function splitChart(summary: SplitSummary, locale: string): SVGSVGElement | null {
  if (summary.served === null) return null;
  const routes = summary.rows.filter((r) => r.kind !== 'unmet');
  const unmet = summary.rows.find((r) => r.kind === 'unmet');
  const rows = unmet === undefined ? routes : [...routes, unmet];
  const most = Math.max(1, ...rows.map((r) => r.flow ?? 0));
  const length = (tonnes: number) => ((WIDTH - LABEL_WIDTH - VALUE_WIDTH) * tonnes) / most;
  const height = routes.length * ROW + (unmet === undefined ? 0 : APART + ROW) + 8;

  const out = element('svg', { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'font-size': 12 });
  out.append(element('title', {}, msg('Freight by corridor, t/yr, and share of the served freight')));
  routes.forEach((row, i) => out.append(bar(row, i * ROW, length, locale)));
  if (unmet !== undefined) {
    const top = routes.length * ROW + APART;
    out.append(element('line', { x1: 8, x2: WIDTH - 8, y1: top - APART / 2, y2: top - APART / 2, stroke: '#c9ced6', 'stroke-dasharray': '4 3' }));
    out.append(bar(unmet, top, length, locale));
  }
  return out;
}

function bar(row: SplitRow, top: number, length: (tonnes: number) => number, locale: string): SVGGElement {
  const flow = row.flow ?? 0;
  const share = formatPercent(row.share ?? 0, { locale });
  const y = top + (ROW - BAR) / 2;
  const g = element('g', { 'data-key': row.key });
  const label = row.closed ? `${row.label} (${msg('closed')})` : row.label;
  g.append(element('text', { x: LABEL_WIDTH - 10, y: top + ROW / 2, dy: '0.32em', 'text-anchor': 'end', fill: TEXT }, label));
  const rect = element('rect', { x: LABEL_WIDTH, y, width: Math.max(flow > 0 ? 1 : 0, length(flow)), height: BAR });
  // The paint is a `var(…)` with a fallback, so it goes through the CSSOM; the export inlines what it resolves to.
  rect.style.setProperty('fill', row.paint);
  g.append(rect);
  const words = row.kind === 'unmet' ? `${formatTonnes(flow, { locale })} · ${share} ${msg('of the demand')}` : `${formatTonnes(flow, { locale })} · ${share}`;
  g.append(element('text', { x: LABEL_WIDTH + length(flow) + 6, y: top + ROW / 2, dy: '0.32em', fill: row.kind === 'unmet' ? MUTED : TEXT }, words));
  return g;
}

function element<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>>, words?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  if (words !== undefined) el.textContent = words;
  return el;
}
