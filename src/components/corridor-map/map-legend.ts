import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n';
import { formatTonnes } from '../format';
import { styleProps } from '../style-props';
import type { MapLayout } from './map-layout';
import { NEUTRAL_LINK } from './map-line-look';
import { kindLabel, nodeSymbol } from './map-symbols';

export { NEUTRAL_LINK };

/** What the legend explains beyond the network itself. */
export interface LegendExtras {
  /** A pinned base is compared: explain the gained/lost halos. */
  readonly comparing: boolean;
  /** A demand's routes are traced: name it. */
  readonly tracing: string | null;
}

/** The map's legend: corridors, widths, shades, marks, node kinds, and what is emphasised. */
export function renderMapLegend(layout: MapLayout | null, maxFlow: number, locale: string, extras: LegendExtras): TemplateResult {
  const corridors = new Map<string, { label: string; paint: string }>();
  for (const place of layout?.links ?? []) {
    if (place.gate !== null && !corridors.has(place.gate.id)) corridors.set(place.gate.id, place.gate);
  }
  const kinds = [...new Set((layout?.nodes ?? []).map((n) => n.kind))];
  const line = (stroke: string, width: number, dashed = false): TemplateResult =>
    html`<svg class="key" width="28" height="14" aria-hidden="true">
      <line x1="2" y1="7" x2="26" y2="7" style=${styleProps({ stroke, 'stroke-width': `${width}px`, 'stroke-dasharray': dashed ? '4 3' : null })}></line>
    </svg>`;
  return html`
    <figcaption part="legend" class="legend">
      <ul>
        ${[...corridors.values()].map((c) => html`<li>${line(c.paint, 5)}${msg(str`${c.label} gate`)}</li>`)}
        <li>${line(NEUTRAL_LINK, 5)}${msg('Other link')}</li>
        <li>
          ${line(`color-mix(in srgb, ${NEUTRAL_LINK} 30%, white)`, 2)}${line(NEUTRAL_LINK, 9)}
          ${maxFlow > 0 ? msg(str`Width: freight (widest ${formatTonnes(maxFlow, { locale })})`) : msg('Width: freight')}
        </li>
        <li>
          <span class="ramp" aria-hidden="true"></span>
          ${msg('Shade: share of capacity used, 0–100%')}
        </li>
        <li>
          <svg class="key" width="16" height="14" aria-hidden="true"><circle class="binding" cx="8" cy="7" r="4.5"></circle></svg>
          ${msg('Capacity binds')}
        </li>
        <li>${line('#9aa3ad', 2, true)}${msg('Closed')}</li>
        ${extras.comparing
          ? html`<li class="change-key">${line('var(--corridor-map-gain, #1a7f37)', 7)}${msg('More freight than the pinned base')}</li>
              <li class="change-key">${line('var(--corridor-map-loss, #c2410c)', 7)}${msg('Less freight than the pinned base')}</li>`
          : nothing}
        ${extras.tracing !== null ? html`<li class="trace-key">${line('var(--_accent)', 5)}${extras.tracing}</li>` : nothing}
        ${kinds.map(
          (k) => html`<li>
            <svg class="key node kind-${k}" width="16" height="16" aria-hidden="true">
              <g transform="translate(8 8)">${nodeSymbol(k)}</g>
            </svg>
            ${kindLabel(k)}
          </li>`,
        )}
      </ul>
    </figcaption>
  `;
}
