import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../style-props';
import { msg, str } from '../i18n';
import { fieldLabel, type CollectionSpec, type Column } from './columns';
import { itemsOf, textOf, type Collection, type Item } from './edit-scenario';
import type { EditorHost } from './editor-host';
import { fieldId } from './field-id';
import { formatNumberText } from './format-number-text';
import { calibratedMark, corridorSwatch } from './item-marks';

/** Above this many nodes, `from`/`to` are typed with suggestions rather than picked from a list. */
export const NODE_SELECT_LIMIT = 60;

/** What every control of a field carries: its id, accessible name and problem state. */
interface FieldAttributes {
  readonly id: string;
  readonly label: string | typeof nothing;
  readonly invalid: string | typeof nothing;
  readonly describedBy: string | typeof nothing;
}

/**
 * The control of one field of one item (a table cell or a detail field), with
 * its problems under it: the control follows the column's kind (text, number in
 * the reader's locale, checkbox, a choice, a node or source id, a colour, a
 * corridor's gates).
 */
export function renderFieldControl(host: EditorHost, collection: Collection, spec: CollectionSpec, column: Column, item: Item, index: number): TemplateResult {
  const field = column.field;
  const idAttr = fieldId(collection, index, field);
  const errors = [...host.problemsAt(`${collection}[${index}].${field}`), ...(field === 'id' ? host.problemsAt(`${collection}[${index}]`) : [])];
  const invalid = errors.length > 0;
  const errorId = `${idAttr}-error`;
  const attributes: FieldAttributes = {
    id: idAttr,
    // Detail fields carry a visible <label for>; table cells name themselves by aria-label.
    label: column.detail === true ? nothing : fieldLabel(spec, column, textOf(item.id)),
    invalid: invalid ? 'true' : nothing,
    describedBy: invalid ? errorId : nothing,
  };
  const control = renderControl(host, collection, column, item, index, attributes);
  return html`${control}${field === 'cost' ? calibratedMark(item) : nothing}${invalid ? html`<div class="field-error" id=${errorId}>${errors.join('; ')}</div>` : nothing}`;
}

/** The control for the column's kind; every kind but `gates` writes the item's field through `set`. */
function renderControl(host: EditorHost, collection: Collection, column: Column, item: Item, index: number, a: FieldAttributes): TemplateResult {
  const field = column.field;
  const value = item[field];
  const set = (v: unknown): void => host.setField(collection, index, field, v);
  // Text fields: an emptied field is an absent one (its default), not ''.
  const onText = (e: Event): void => {
    const v = (e.target as HTMLInputElement).value;
    set(v === '' ? undefined : v);
  };
  const c = column.control;
  switch (c.kind) {
    case 'text':
      return renderText(a, value, field === 'id' ? 'mono' : '', c.placeholder ?? '', onText);
    case 'number':
      return renderNumber(a, formatNumberText(value, c.grouping ?? true, host.locale()), c.placeholder, (e) => host.enterNumber(collection, index, field, e));
    case 'checkbox':
      return renderCheckbox(a, value !== false, set);
    case 'choice':
      return renderSelect(a, value, c.options, msg(str`${c.fallback} (default)`), set);
    case 'source':
      return renderSelect(a, value, host.idsOf('sources'), msg('none'), set);
    case 'node':
      return itemsOf(host.scenario, 'nodes').length > NODE_SELECT_LIMIT
        ? renderTypedNode(a, value, onText)
        : renderSelect(a, value, host.idsOf('nodes'), msg('choose'), set, true);
    case 'color':
      return renderColor(a, value, corridorSwatch(item, index), onText);
    case 'gates':
      return renderGates(host, item, index, a, value);
  }
}

function renderText(a: FieldAttributes, value: unknown, className: string, placeholder: string, onText: (e: Event) => void): TemplateResult {
  return html`<input
    type="text"
    id=${a.id}
    class=${className}
    .value=${live(textOf(value))}
    placeholder=${placeholder}
    aria-label=${a.label}
    aria-invalid=${a.invalid}
    aria-describedby=${a.describedBy}
    @change=${onText}
  />`;
}

/** A number as text in the reader's locale (`text`), read back by the host in that locale. */
function renderNumber(a: FieldAttributes, text: string, placeholder: string, onChange: (e: Event) => void): TemplateResult {
  return html`<input
    type="text"
    inputmode="decimal"
    class="num"
    id=${a.id}
    .value=${live(text)}
    placeholder=${placeholder}
    aria-label=${a.label}
    aria-invalid=${a.invalid}
    aria-describedby=${a.describedBy}
    @change=${onChange}
  />`;
}

function renderCheckbox(a: FieldAttributes, checked: boolean, set: (v: unknown) => void): TemplateResult {
  return html`<input
    type="checkbox"
    id=${a.id}
    .checked=${live(checked)}
    aria-label=${a.label}
    aria-invalid=${a.invalid}
    aria-describedby=${a.describedBy}
    @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
  />`;
}

/** A node id typed with the page's `node-ids` suggestions: a select of thousands of nodes would be slow to draw and to use. */
function renderTypedNode(a: FieldAttributes, value: unknown, onText: (e: Event) => void): TemplateResult {
  return html`<input
    type="text"
    class="mono"
    list="node-ids"
    id=${a.id}
    .value=${live(textOf(value))}
    aria-label=${a.label}
    aria-invalid=${a.invalid}
    aria-describedby=${a.describedBy}
    @change=${onText}
  />`;
}

/** A corridor's colour as text, beside a swatch of the colour it is drawn in (its default when the field is empty). */
function renderColor(a: FieldAttributes, value: unknown, swatch: string, onText: (e: Event) => void): TemplateResult {
  return html`<span class="color-field">
    <span class="swatch" style=${styleProps({ '--swatch': swatch })}></span>
    <input
      type="text"
      id=${a.id}
      .value=${live(textOf(value))}
      placeholder="#3366aa"
      aria-label=${a.label}
      aria-invalid=${a.invalid}
      aria-describedby=${a.describedBy}
      @change=${onText}
    />
  </span>`;
}

/** A corridor's gate links as chips, each removable, and a field that adds one. */
function renderGates(host: EditorHost, item: Item, index: number, a: FieldAttributes, value: unknown): TemplateResult {
  const itemId = textOf(item.id);
  const gates = Array.isArray(value) ? (value as readonly unknown[]) : [];
  const setGates = (next: readonly string[]): void => host.setField('corridors', index, 'gates', next);
  return html`<div class="gates">
    ${gates.map(
      (g, gi) => html`<span class="chip">
        <span class="mono">${textOf(g)}</span>
        <button
          type="button"
          class="chip-remove"
          aria-label=${msg(str`Remove gate ${textOf(g)} from corridor ${itemId}`)}
          @click=${() => setGates(gates.filter((_, k) => k !== gi).map(textOf))}
        >
          ×
        </button>
      </span>`,
    )}
    <input
      type="text"
      class="mono gate-add"
      list="link-ids"
      id=${a.id}
      placeholder=${msg('+ gate link')}
      aria-label=${msg(str`Add gate link to corridor ${itemId}`)}
      aria-invalid=${a.invalid}
      aria-describedby=${a.describedBy}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const gate = input.value.trim();
        input.value = '';
        if (gate !== '') setGates([...gates.map(textOf), gate]);
      }}
    />
  </div>`;
}

function renderSelect(a: FieldAttributes, value: unknown, options: readonly string[], emptyLabel: string, set: (v: unknown) => void, mono = false): TemplateResult {
  const current = value === undefined ? '' : textOf(value);
  // A value that is not among the options (an unknown node, a removed source) stays visible so it can be fixed.
  // `guard`: a page of links holds thousands of options; re-diff them only when the list or the value changes.
  const unknown = current !== '' && !options.includes(current);
  return html`<select
    id=${a.id}
    class=${mono ? 'mono' : ''}
    aria-label=${a.label}
    aria-invalid=${a.invalid}
    aria-describedby=${a.describedBy}
    @change=${(e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      set(v === '' ? undefined : v);
    }}
  >
    ${guard(
      [options, current, emptyLabel],
      () => html`<option value="" .selected=${live(current === '')}>${emptyLabel}</option>
        ${unknown ? html`<option value=${current} .selected=${live(true)}>${msg(str`${current} (unknown)`)}</option>` : nothing}
        ${options.map((o) => html`<option value=${o} .selected=${live(o === current)}>${o}</option>`)}`,
    )}
  </select>`;
}
