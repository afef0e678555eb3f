import { html, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../../model/types';
import { corridorColor as paintCorridor } from '../corridor-colors';
import { calibratedTitle, isCalibrated } from '../is-calibrated';
import { msg, str } from '../i18n';
import { textOf, type Item } from './edit-scenario';

/**
 * The marks an item carries beside its values: where its figures come from
 * (a source, an assumption), that calibration fitted its cost, and a
 * corridor's colour.
 */

/** An item's source and assumption in one line, for the details button's title; `undefined` when it has neither. */
export function provenanceText(scenario: Scenario, item: Item): string | undefined {
  const parts: string[] = [];
  if (item.source !== undefined) {
    const source = scenario.sources?.find((s) => s.id === item.source);
    parts.push(
      source === undefined
        ? msg(str`source: ${textOf(item.source)} (not in sources)`)
        : msg(str`source: ${source.title}${source.year === undefined ? '' : ` (${source.year})`}`),
    );
  }
  if (item.assumption !== undefined) parts.push(msg(str`assumption: ${textOf(item.assumption)}`));
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** An item's source (linked when it has a web address) and assumption, under its detail fields. */
export function renderProvenanceLine(scenario: Scenario, item: Item): TemplateResult | typeof nothing {
  if (item.source === undefined && item.assumption === undefined) return nothing;
  const source = item.source === undefined ? undefined : scenario.sources?.find((s) => s.id === item.source);
  const url = source?.url !== undefined && /^https?:\/\//i.test(source.url) ? source.url : undefined;
  return html`<p class="provenance">
    ${item.source === undefined
      ? nothing
      : source === undefined
        ? msg(html`Source <code>${textOf(item.source)}</code> is not in the scenario's sources.`)
        : html`${msg('Source:')} ${url === undefined ? source.title : html`<a href=${url} target="_blank" rel="noopener noreferrer">${source.title}</a>`}${source.year === undefined ? '' : ` (${source.year})`}.`}
    ${item.assumption === undefined ? nothing : html`<span class="assumption">${msg(str`Assumption: ${textOf(item.assumption)}`)}</span>`}
  </p>`;
}

/** A fitted cost says so beside its value, so nobody mistakes it for a tariff (see isCalibrated). */
export function calibratedMark(item: Item): TemplateResult | typeof nothing {
  if (!isCalibrated(item)) return nothing;
  return html`<span class="calibrated-mark" title=${calibratedTitle()}>${msg('calibrated')}</span>`;
}

/** A corridor's paint for a swatch: `--corridor-color-<id>`, else its own `color` if it is a safe CSS colour, else a default. */
export function corridorSwatch(corridor: Item, index: number): string {
  return paintCorridor({ id: textOf(corridor.id), color: typeof corridor.color === 'string' ? corridor.color : undefined }, index);
}
