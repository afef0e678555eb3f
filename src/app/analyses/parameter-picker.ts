import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { getLocale, localized, msg, str } from '../../components/i18n';
import type { Scenario } from '../../model/types';
import { elementLocale } from '../../components/element-locale';
import { sharedStyles } from '../../components/shared.styles';
import { analysisFormStyles } from './analysis-panel.styles';
import { filterGroups, parameterGroups, type ParameterGroup } from './parameter-options';
import { defineElement } from '../../components/define-element';

/** `detail` of `corridor-parameter-change`. */
export interface ParameterChangeDetail {
  readonly path: string;
}

/**
 * @summary A searchable choice of one numeric parameter of a scenario
 * (`listParameters`), grouped by item and named with the item's name, the
 * field and its current value with unit.
 *
 * Typing in the filter narrows the list to the options holding every typed
 * word (item name, field or path); the select is a native `<select>`, so the
 * keyboard works as everywhere.
 *
 * @event corridor-parameter-change - The user chose a parameter. `detail: { path }`.
 */
@localized()
export class CorridorParameterPicker extends LitElement {
  static override styles = [
    sharedStyles,
    analysisFormStyles,
    css`
      :host {
        display: block;
      }
      .picker {
        display: grid;
        grid-template-columns: minmax(8rem, 12rem) minmax(0, 1fr);
        gap: 0.35rem;
      }
      select {
        width: 100%;
        min-width: 0;
      }
    `,
  ];

  static override properties = {
    scenario: { attribute: false },
    value: { type: String },
    label: { type: String },
    filter: { state: true },
  };

  declare scenario: Scenario | null;
  /** The chosen path, e.g. `links.ab.capacity`. */
  declare value: string;
  /** Accessible name of the select, e.g. `Parameter`. */
  declare label: string;
  declare private filter: string;

  private groups: ParameterGroup[] = [];
  /** The language `groups` is written in: the options name fields in words. */
  private groupsLocale = '';

  constructor() {
    super();
    this.scenario = null;
    this.value = '';
    this.label = 'Parameter';
    this.filter = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') || changed.has('value') || this.groupsLocale !== getLocale()) {
      this.groupsLocale = getLocale();
      this.groups = this.scenario === null ? [] : parameterGroups(this.scenario, elementLocale(this), this.value);
    }
  }

  protected override render(): TemplateResult {
    const shown = filterGroups(this.groups, this.filter, this.value);
    const count = shown.reduce((n, g) => n + g.options.length, 0);
    return html`
      <div class="picker">
        <input
          type="search"
          class="filter"
          placeholder=${msg('Filter (e.g. ferry)')}
          aria-label=${msg(str`Filter the list: ${this.label}`)}
          .value=${this.filter}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
          @keydown=${this.onFilterKey}
        />
        <select aria-label=${this.label} title=${msg(str`${count} parameters listed`)} @change=${this.onChange}>
          ${this.value === '' ? html`<option value="" selected disabled>${msg('Choose a parameter…')}</option>` : ''}
          ${shown.map(
            (g) => html`<optgroup label=${g.label}>
              ${g.options.map((o) => html`<option value=${o.path} ?selected=${o.path === this.value}>${o.label}</option>`)}
            </optgroup>`,
          )}
        </select>
      </div>
    `;
  }

  /** Enter in the filter picks the first match, so a keyboard user types a word and is done. */
  private onFilterKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = filterGroups(this.groups, this.filter, '')[0]?.options[0];
    if (first) this.pick(first.path);
  };

  private onChange = (event: Event): void => {
    this.pick((event.target as HTMLSelectElement).value);
  };

  private pick(path: string): void {
    this.value = path;
    this.dispatchEvent(new CustomEvent<ParameterChangeDetail>('corridor-parameter-change', { detail: { path } }));
  }
}

defineElement('corridor-parameter-picker', CorridorParameterPicker);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-parameter-picker': CorridorParameterPicker;
  }
}
