import { defineElement } from '../../components/define-element';
import { localized, msg, str } from '../../components/i18n';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Observation, Problem, Scenario } from '../../model/types';
import { sharedStyles } from '../../components/shared.styles';
import { parseNumberInput } from '../../components/parse-number-input';
import { formatNumberText } from '../../components/corridor-editor/format-number-text';
import { elementLocale } from '../../components/element-locale';
import { observedFigures } from '../../components/corridor-observations/observed-figures';
import { analysisFormStyles, analysisPanelStyles } from '../analyses/analysis-panel.styles';
import { planInputsStyles } from '../plan/plan-inputs.styles';
import { observationProblems } from './observation-problems';

/**
 * @summary The scenario's observations as an editable table: the figure
 * (a corridor's or link's flow, a node's throughput, picked from the
 * scenario), the value seen (t/yr), the year and the source. Each change
 * fires `corridor-change` with the whole scenario, as the editor does;
 * problems are shown beside their fields by JSON path.
 *
 * @event corridor-change - The user changed an observation. `detail: { scenario, phase: 'commit' }`.
 */
@localized()
export class CorridorObservationsEditor extends LitElement {
  static override styles = [sharedStyles, analysisFormStyles, analysisPanelStyles, planInputsStyles];

  static override properties = {
    scenario: { attribute: false },
  };

  /** The scenario as the user left it (may be invalid). */
  declare scenario: Scenario | null;

  #byPath = new Map<string, string[]>();
  #problems: Problem[] = [];

  constructor() {
    super();
    this.scenario = null;
  }

  /** The problems of the observations shown now. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('scenario')) return;
    this.#problems = this.scenario === null ? [] : observationProblems(this.scenario);
    this.#byPath = new Map();
    for (const p of this.#problems) this.#byPath.set(p.path, [...(this.#byPath.get(p.path) ?? []), p.message]);
  }

  #set(index: number, patch: Partial<Record<keyof Observation, unknown>> | null): void {
    const s = this.scenario;
    if (s === null) return;
    const observed = [...(s.observed ?? [])];
    if (patch === null) observed.splice(index, 1);
    else {
      const next: Record<string, unknown> = { ...observed[index], ...patch };
      for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k];
      observed[index] = next as unknown as Observation;
    }
    const { observed: _drop, ...rest } = s;
    const scenario: Scenario = observed.length > 0 ? { ...rest, observed } : rest;
    this.dispatchEvent(new CustomEvent('corridor-change', { detail: { scenario, phase: 'commit' }, bubbles: true, composed: true }));
  }

  #add = (): void => {
    const figures = observedFigures(this.scenario);
    const used = new Set((this.scenario?.observed ?? []).map((o) => o.of));
    const next = figures.find((f) => !used.has(f.of)) ?? figures[0];
    this.#set(this.scenario?.observed?.length ?? 0, { of: next?.of ?? '', value: 0 });
  };

  protected override render(): TemplateResult {
    const s = this.scenario;
    if (s === null) return html`<p class="empty">${msg('No scenario.')}</p>`;
    const observed = s.observed ?? [];
    const figures = observedFigures(s);
    const groups = [...new Set(figures.map((f) => f.group))];
    const sources = (s.sources ?? []).map((x) => x.id);
    return html`
      <table class="data observations">
        <caption>${msg("What was seen (t/yr); the calibration fits the model's costs to these")}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Figure')}</th>
            <th scope="col">${msg('Observed (t/yr)')}</th>
            <th scope="col">${msg('Year')}</th>
            <th scope="col">${msg('Source')}</th>
            <th scope="col"><span class="visually-hidden">${msg('Remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${observed.map(
            (o, i) => html`<tr data-index=${i}>
              <td>
                <label class="field">
                  <span class="visually-hidden">${msg(str`Observation ${i + 1}: figure`)}</span>
                  <select name=${`observed[${i}].of`} aria-invalid=${this.#byPath.has(`observed[${i}].of`) ? 'true' : 'false'} @change=${(e: Event) => this.#set(i, { of: (e.target as HTMLSelectElement).value })}>
                    ${figures.some((f) => f.of === o.of) ? nothing : html`<option value=${o.of} selected>${o.of || msg('choose…')}</option>`}
                    ${groups.map(
                      (g) => html`<optgroup label=${g}>
                        ${figures.filter((f) => f.group === g).map((f) => html`<option value=${f.of} ?selected=${f.of === o.of}>${f.label}</option>`)}
                      </optgroup>`,
                    )}
                  </select>
                  ${this.#errors(`observed[${i}].of`)}
                </label>
              </td>
              <td>${this.#number(i, 'value', msg(str`Observation ${i + 1}: observed t/yr`), o.value, true)}</td>
              <td>${this.#number(i, 'year', msg(str`Observation ${i + 1}: year`), o.year, false)}</td>
              <td>
                <label class="field">
                  <span class="visually-hidden">${msg(str`Observation ${i + 1}: source`)}</span>
                  <input type="text" name=${`observed[${i}].source`} list="source-ids" .value=${live(o.source ?? '')} @change=${(e: Event) => this.#set(i, { source: (e.target as HTMLInputElement).value.trim() || undefined })} />
                </label>
              </td>
              <td><button type="button" class="icon" aria-label=${msg(str`Remove observation ${i + 1}`)} @click=${() => this.#set(i, null)}>×</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <datalist id="source-ids">${sources.map((id) => html`<option value=${id}></option>`)}</datalist>
      <button type="button" class="add-observation" @click=${this.#add}>${msg('Add an observation')}</button>
    `;
  }

  #number(index: number, field: 'value' | 'year', label: string, value: unknown, grouping: boolean): TemplateResult {
    const path = `observed[${index}].${field}`;
    const invalid = this.#byPath.has(path);
    return html`<label class="field">
      <span class="visually-hidden">${label}</span>
      <input
        type="text"
        inputmode="decimal"
        name=${path}
        .value=${live(formatNumberText(value, grouping, elementLocale(this)))}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `err-${path}` : nothing}
        @change=${(e: Event) => {
          const read = parseNumberInput((e.target as HTMLInputElement).value, { unit: field === 'value' ? 'tonnes' : 'plain', locale: elementLocale(this) });
          this.#set(index, { [field]: read.kind === 'empty' ? undefined : read.kind === 'number' ? read.value : read.text });
        }}
      />
      ${this.#errors(path)}
    </label>`;
  }

  #errors(path: string): TemplateResult | typeof nothing {
    const messages = this.#byPath.get(path);
    return messages === undefined ? nothing : html`<span class="field-error" id=${`err-${path}`}>${messages.join('; ')}</span>`;
  }
}

defineElement('corridor-observations-editor', CorridorObservationsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-observations-editor': CorridorObservationsEditor;
  }
}
