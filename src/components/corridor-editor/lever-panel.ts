import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Scenario } from '../../model/types';
import { nodeLabelById } from '../item-names';
import { styleProps } from '../style-props';
import { msg, str } from '../i18n';
import { COLLECTIONS, fieldLabel, type Column } from './columns';
import { itemsOf, textOf, type Collection, type Item } from './edit-scenario';
import type { EditorHost } from './editor-host';
import { formatNumberText } from './format-number-text';
import { calibratedMark, corridorSwatch } from './item-marks';
import { leverScale } from './lever-scale';

/** Levers per group; the rest are in the tables. */
const LEVER_LIMIT = 12;

/**
 * Lever rows drawn in the first frame of a newly loaded scenario, and as many
 * more each frame after: a large network's 60 rows (3 corridors × 12 gates,
 * 12 crossings, 12 demands; most of the editor's elements) were laid out in
 * one task of 47–63 ms of CPU on loading a 1M-variable network. A row's
 * style and layout take about 0.5 ms of CPU on the first frame (the editor
 * is a size container: its rows' style is worked out inside the layout);
 * 24 rows made that frame 33 ms of CPU, 12 rows 12–16 ms.
 */
export const LEVER_ROWS_PER_FRAME = 12;
/** A scenario with at most this many lever rows (the Caspian model has 17) has them all drawn at once. */
export const LEVER_ROWS_AT_ONCE = 24;

/** How many lever rows `renderLevers` draws for `scenario` (a gate naming no link counts: its note takes a row). */
export function leverRowCount(scenario: Scenario): number {
  let rows = 0;
  for (const corridor of itemsOf(scenario, 'corridors')) rows += Math.min(LEVER_LIMIT, Array.isArray(corridor.gates) ? corridor.gates.length : 0);
  const crossings = itemsOf(scenario, 'links').filter((l) => l.mode === 'ferry' || l.mode === 'sea').length;
  return rows + Math.min(LEVER_LIMIT, crossings) + Math.min(LEVER_LIMIT, itemsOf(scenario, 'demands').length);
}
/** Slider end for capacities the scenario leaves unlimited: covers every corridor's plans. */
const CAPACITY_FALLBACK_MAX = 30_000_000;

/**
 * The levers an economist moves most, as sliders with exact number fields:
 * each corridor's switch and gate capacities, the Caspian crossing's costs,
 * the demand volumes.
 */
export function renderLevers(host: EditorHost, scenario: Scenario, rows = Infinity): TemplateResult {
  // The first `rows` rows in order (see LEVER_ROWS_PER_FRAME); the groups' headings and notes are always drawn.
  let left = rows;
  const take = (): boolean => left-- > 0;
  const links = itemsOf(scenario, 'links');
  const linkIndex = new Map(links.map((l, i) => [textOf(l.id), i]));
  const corridors = itemsOf(scenario, 'corridors');
  // Ferries first: on these corridors they are the Caspian crossing; `sea` links may be open sea legs.
  const crossings = [...links.flatMap((l, i) => (l.mode === 'ferry' ? [i] : [])), ...links.flatMap((l, i) => (l.mode === 'sea' ? [i] : []))];
  const demands = itemsOf(scenario, 'demands');
  return html`
    ${corridors.length === 0
      ? nothing
      : html`<div class="lever-group">
          <h3>${msg('Corridors')} <span class="hint">${msg('capacity of each gate link')}</span></h3>
          ${corridors.map((c, ci) => renderCorridorLevers(host, c, ci, linkIndex, take))}
        </div>`}
    ${crossings.length === 0
      ? nothing
      : html`<div class="lever-group">
          <h3>${msg('Caspian crossing')} <span class="hint">${msg('cost of sea and ferry links')}</span></h3>
          ${crossings.slice(0, LEVER_LIMIT).map((i) => (take() ? renderLever(host, 'links', i, 'cost', msg('USD/t'), 100) : nothing))}
          ${moreNote(crossings.length, 'links')}
        </div>`}
    <div class="lever-group">
      <h3>${msg('Demand volumes')}</h3>
      ${demands.slice(0, LEVER_LIMIT).map((_, i) => (take() ? renderLever(host, 'demands', i, 'volume', msg('t/yr'), CAPACITY_FALLBACK_MAX) : nothing))}
      ${moreNote(demands.length, 'demands')}
    </div>
  `;
}

function moreNote(total: number, collection: Collection): TemplateResult | typeof nothing {
  if (total <= LEVER_LIMIT) return nothing;
  return html`<p class="hint more">
    ${msg(str`${formatNumberText(total - LEVER_LIMIT)} more in the ${COLLECTIONS[collection].title.toLowerCase()} table.`)}
  </p>`;
}

function renderCorridorLevers(host: EditorHost, corridor: Item, index: number, linkIndex: ReadonlyMap<string, number>, take: () => boolean): TemplateResult {
  const id = textOf(corridor.id);
  const gates = Array.isArray(corridor.gates) ? (corridor.gates as readonly unknown[]) : [];
  const on = corridor.enabled !== false;
  const switchId = `lever-corridors-${index}-enabled`;
  return html`<div
    class=${host.isSelected('corridors', corridor.id) ? 'corridor-levers selected' : 'corridor-levers'}
    data-kind="corridor"
    data-id=${id}
  >
    <div class="corridor-head">
      <span class="swatch" style=${styleProps({ '--swatch': corridorSwatch(corridor, index) })}></span>
      <span class="corridor-name">${textOf(corridor.name) || id}</span>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          id=${switchId}
          .checked=${live(on)}
          aria-label=${msg(str`Corridor ${id} open`)}
          @change=${(e: Event) => host.setField('corridors', index, 'enabled', (e.target as HTMLInputElement).checked)}
        />
        <span class="switch-text" aria-hidden="true">${on ? msg('open') : msg('closed')}</span>
      </label>
    </div>
    ${gates.slice(0, LEVER_LIMIT).map((gate) => {
      if (!take()) return nothing;
      const li = linkIndex.get(textOf(gate));
      return li === undefined
        ? html`<p class="hint">${msg(str`Gate ${textOf(gate)}: no such link.`)}</p>`
        : renderLever(host, 'links', li, 'capacity', msg('t/yr'), CAPACITY_FALLBACK_MAX, !on);
    })}
    ${gates.length > LEVER_LIMIT
      ? html`<p class="hint more">${msg(str`${formatNumberText(gates.length - LEVER_LIMIT)} more gates in the corridors table.`)}</p>`
      : nothing}
  </div>`;
}

/** Where a value sits on a lever's slider and how it reads, an absent value included. */
interface LeverReading {
  /** The slider position of a value; null when it is not a number. */
  position(value: unknown): number | null;
  /** A value in words with its unit (`unlimited`, `12 000 t/yr`, `0 USD/t (default)`). */
  describe(value: unknown): string;
}

function leverReading(placeholder: string, unit: string, max: number): LeverReading {
  // An absent value means unlimited (capacities) or the spec's default (0 days, 0 USD/t).
  const unlimited = placeholder === msg('unlimited');
  const fallback = placeholder !== '' && Number.isFinite(Number(placeholder)) ? Number(placeholder) : undefined;
  return {
    position: (v) => {
      if (v === undefined) return unlimited ? max : (fallback ?? null);
      return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), max) : null;
    },
    describe: (v) => {
      if (v === undefined) return unlimited ? msg('unlimited') : fallback === undefined ? msg('none') : msg(str`${formatNumberText(fallback)} ${unit} (default)`);
      return typeof v === 'number' ? `${formatNumberText(v)} ${unit}` : msg(str`${textOf(v)} (not a number)`);
    },
  };
}

/** What a lever names besides its item and field: a link's own name or its ends; a demand's label too. */
function leverSubtitle(scenario: Scenario, collection: Collection, item: Item): string {
  // A link's own name tells a ferry from a feeder between the same ports; its ends do not.
  const route =
    collection === 'links' && typeof item.name === 'string' && item.name.trim() !== ''
      ? item.name
      : `${nodeLabelById(scenario, textOf(item.from))} → ${nodeLabelById(scenario, textOf(item.to))}`;
  return collection === 'demands' && textOf(item.label) !== '' ? `${textOf(item.label)}, ${route}` : route;
}

/** One lever: its name, a slider marked with the baseline's value, the exact number, its unit and a reset to the baseline. */
function renderLever(host: EditorHost, collection: Collection, index: number, field: string, unit: string, fallbackMax: number, muted = false): TemplateResult {
  const spec = COLLECTIONS[collection];
  const item = itemsOf(host.scenario, collection)[index] as Item;
  const id = textOf(item.id);
  const column = spec.columns.find((c) => c.field === field) as Column;
  const value = item[field];
  const reference = host.referenceValue(collection, item.id, field);
  const scale = leverScale(reference, value, fallbackMax);
  const placeholder = column.control.kind === 'number' ? column.control.placeholder : '';
  const reading = leverReading(placeholder, unit, scale.max);
  const sliderValue = reading.position(value) ?? 0;
  const valueText = reading.describe(value);
  const referenceText = reading.describe(reference);
  const referenceAt = reading.position(reference);
  const tick = referenceAt === null ? null : referenceAt / scale.max;
  const name = fieldLabel(spec, column, id);
  const base = `lever-${collection}-${index}-${field}`;
  const errors = host.problemsAt(`${collection}[${index}].${field}`);
  const errorId = `${base}-error`;
  const changed = !Object.is(value, reference);
  const subtitle = leverSubtitle(host.scenario, collection, item);
  return html`<div
    class=${['lever', host.isSelected(collection, item.id) ? 'selected' : '', muted ? 'muted' : '', changed ? 'changed' : '', errors.length > 0 ? 'invalid' : ''].join(' ')}
    part="lever"
    data-kind=${spec.noun}
    data-id=${id}
    data-field=${field}
  >
    <label class="lever-label" for=${`${base}-range`} title=${`${id}: ${column.label.toLowerCase()} · ${subtitle}`}>
      <span class="lever-item">${id}</span>
      <span class="lever-field">${column.label.toLowerCase()}${subtitle === '' ? '' : ` · ${subtitle}`}</span>
      ${field === 'cost' ? calibratedMark(item) : nothing}
    </label>
    <div class="slider" style=${styleProps({ '--at': tick })}>
      <input
        type="range"
        id=${`${base}-range`}
        min="0"
        max=${String(scale.max)}
        step=${String(scale.step)}
        .value=${live(String(sliderValue))}
        aria-label=${msg(str`${name}, slider`)}
        aria-valuetext=${valueText}
        @input=${(e: Event) => host.slide(collection, index, field, e)}
        @change=${() => host.endSlide()}
      />
      ${tick === null ? nothing : html`<span class="tick" title=${msg(str`Scenario value: ${referenceText}`)} aria-hidden="true"></span>`}
    </div>
    <input
      type="text"
      inputmode="decimal"
      class="num"
      id=${base}
      .value=${live(formatNumberText(value, true, host.locale()))}
      placeholder=${placeholder}
      aria-label=${name}
      aria-invalid=${errors.length > 0 ? 'true' : nothing}
      aria-describedby=${errors.length > 0 ? errorId : nothing}
      @change=${(e: Event) => host.enterNumber(collection, index, field, e)}
    />
    <span class="unit">${unit}</span>
    <button
      type="button"
      class="reset"
      title=${msg(str`Back to the scenario value, ${referenceText}`)}
      aria-label=${msg(str`Reset ${column.label.toLowerCase()} of ${spec.nounText} ${id} to ${referenceText}`)}
      ?hidden=${!changed}
      @click=${() => host.setField(collection, index, field, reference)}
    >
      ↺
    </button>
    ${errors.length > 0 ? html`<div class="field-error lever-error" id=${errorId}>${errors.join('; ')}</div>` : nothing}
  </div>`;
}
