import { defineElement } from '../../components/define-element';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Horizon, HorizonChange, Problem, Project, ProjectAddition, Scenario } from '../../model/types';
import { PROJECT_DECISIONS } from '../../model/types';
import { listParameters } from '../../model/parameter-path';
import { sharedStyles } from '../../components/shared.styles';
import { localized, msg, str } from '../../components/i18n';
import { demandLabel } from '../../components/item-names';
import { elementLocale } from '../../components/element-locale';
import { analysisFormStyles, analysisPanelStyles } from '../analyses/analysis-panel.styles';
import { shownPlanProblems } from './shown-plan-problems';
import { planInputsStyles } from './plan-inputs.styles';
import { formatNumberText } from '../../components/corridor-editor/format-number-text';
import { longSelectOptions } from './long-select-options';
import { numberOrText, shown } from './plan-field-text';
import { withAddition, withChange, withGrowth, withHorizon, withNewProject, withProject, withStartingHorizon } from './plan-input-edits';

/** `detail` of the `corridor-change` this element fires: the whole scenario with the edit, as the editor sends it. */
export interface PlanInputChange {
  readonly scenario: Scenario;
  readonly phase: 'commit';
}

/**
 * @summary The planning inputs of a scenario, editable: the horizon (model
 * years, end, discount rate, base year, each demand's growth, step changes
 * of parameters) and the projects (what each adds, capex, opex, life,
 * earliest year, decision, divisible). Each change fires `corridor-change`
 * with the whole scenario, as the editor does, so the app records it as an
 * undo step and autosaves it; problems are shown beside their fields by
 * JSON path, all at once.
 *
 * @event corridor-change - The user changed a planning input. `detail: { scenario, phase: 'commit' }`.
 */
@localized()
export class CorridorPlanInputs extends LitElement {
  /** A number field's text in the reader's locale (the same locale reads it back: `#read`). */
  #shown(value: unknown, scale = 1, grouping = true): string {
    return shown(value, scale, grouping, elementLocale(this));
  }

  /** What was typed in a number field, read in the reader's locale. */
  #read(raw: string, scale = 1): number | string | undefined {
    return numberOrText(raw, scale, elementLocale(this));
  }

  static override styles = [sharedStyles, analysisFormStyles, analysisPanelStyles, planInputsStyles];

  static override properties = {
    scenario: { attribute: false },
    problems: { attribute: false },
  };

  /** The scenario as the user left it (may be invalid). */
  declare scenario: Scenario | null;
  /** The app's problems of the scenario; those of the planning inputs are shown with these element's own checks. */
  declare problems: readonly Problem[];

  #byPath = new Map<string, string[]>();
  /** Data paths of the long selects whose every option is drawn (`longSelectOptions`): those reached for so far. */
  #listed = new Set<string>();

  /** Draws every option of a long select as it is reached for, at once, so the list it opens is whole. */
  #list = (event: Event): void => {
    const path = (event.currentTarget as HTMLSelectElement).dataset.path ?? '';
    if (this.#listed.has(path)) return;
    this.#listed.add(path);
    this.requestUpdate();
    this.performUpdate();
  };
  #all: Problem[] = [];

  constructor() {
    super();
    this.scenario = null;
    this.problems = [];
  }

  /** Every problem of the planning inputs shown now (the app's and this element's, once each). */
  get planProblems(): readonly Problem[] {
    return this.#all;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('scenario') && !changed.has('problems')) return;
    const all = shownPlanProblems(this.problems, this.scenario);
    this.#all = all;
    this.#byPath = new Map();
    for (const p of all) this.#byPath.set(p.path, [...(this.#byPath.get(p.path) ?? []), p.message]);
  }

  #emit(scenario: Scenario): void {
    this.dispatchEvent(new CustomEvent<PlanInputChange>('corridor-change', { detail: { scenario, phase: 'commit' }, bubbles: true, composed: true }));
  }

  /** Sends up the scenario with one edit (`plan-input-edits`). */
  #edit(change: (s: Scenario) => Scenario): void {
    const s = this.scenario;
    if (s !== null) this.#emit(change(s));
  }

  #setHorizon(patch: Partial<Record<keyof Horizon, unknown>>): void {
    this.#edit((s) => withHorizon(s, patch));
  }

  #setChange(index: number, patch: Partial<Record<keyof HorizonChange, unknown>> | null): void {
    this.#edit((s) => withChange(s, index, patch));
  }

  #setProject(index: number, patch: Partial<Record<keyof Project, unknown>> | null): void {
    this.#edit((s) => withProject(s, index, patch));
  }

  #setAddition(project: number, index: number, patch: Partial<Record<keyof ProjectAddition, unknown>> | null): void {
    this.#edit((s) => withAddition(s, project, index, patch));
  }

  #setGrowth(index: number, raw: string): void {
    if (this.scenario === null) return;
    const growth = this.#read(raw, 100);
    this.#edit((s) => withGrowth(s, index, growth));
  }

  #startHorizon = (): void => this.#edit((s) => withStartingHorizon(s, new Date().getFullYear()));

  #addProject = (): void => this.#edit(withNewProject);

  protected override render(): TemplateResult {
    const s = this.scenario;
    if (s === null) return html`<p class="empty">${msg('No scenario.')}</p>`;
    return html`
      ${this.#all.length > 0
        ? html`<div class="message error" role="alert">
            ${this.#all.length === 1
              ? msg('The planning inputs have 1 problem; the plan runs once it is fixed.')
              : msg(str`The planning inputs have ${this.#all.length} problems; the plan runs once they are fixed.`)}
            <ul>
              ${this.#all.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${s.horizon === undefined
        ? html`<p class="hint">
            ${msg('This scenario has no horizon yet: a plan needs the model years it covers and a discount rate.')}
            <button type="button" class="start-horizon" @click=${this.#startHorizon}>${msg('Add a horizon')}</button>
          </p>`
        : this.#renderHorizon(s, s.horizon)}
      ${this.#renderProjects(s)}
    `;
  }

  #errors(path: string): TemplateResult | typeof nothing {
    const messages = this.#byPath.get(path);
    if (messages === undefined) return nothing;
    return html`<span class="field-error" id=${`err-${path}`}>${messages.join('; ')}</span>`;
  }

  /** A text field bound to a JSON path: aria-invalid and its message when a problem names the path. */
  #field(
    path: string,
    label: string,
    value: string,
    onChange: (raw: string) => void,
    options: { readonly wide?: boolean; readonly hideLabel?: boolean; readonly name?: string; readonly placeholder?: string } = {},
  ): TemplateResult {
    const invalid = this.#byPath.has(path);
    return html`<label class=${options.wide ? 'field wide' : 'field'}>
      <span class=${options.hideLabel ? 'visually-hidden' : ''}>${label}</span>
      <input
        type="text"
        inputmode="decimal"
        name=${options.name ?? path}
        data-path=${path}
        .value=${live(value)}
        placeholder=${options.placeholder ?? ''}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `err-${path}` : nothing}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).value)}
      />
      ${this.#errors(path)}
    </label>`;
  }

  #renderHorizon(s: Scenario, h: Horizon): TemplateResult {
    const years = Array.isArray(h.years) ? h.years : [];
    return html`
      <fieldset class="group">
        <legend>${msg('Horizon')}</legend>
        <div class="settings">
          ${this.#field('horizon.years', msg('Model years'), years.join(', '), (raw) => this.#setHorizon({ years: raw.split(/[\s,;]+/).filter((t) => t !== '').map((t) => this.#read(t)) }), { placeholder: msg('e.g. 2026, 2030, 2035'), name: 'years' })}
          ${this.#field('horizon.end', msg('Last year counted'), this.#shown(h.end, 1, false), (raw) => this.#setHorizon({ end: this.#read(raw) }), { placeholder: years.length > 0 ? String(years.at(-1)) : '' })}
          ${this.#field('horizon.discountRate', msg('Discount rate (%/yr, real)'), this.#shown(h.discountRate, 100), (raw) => this.#setHorizon({ discountRate: this.#read(raw, 100) }), { placeholder: '0' })}
          ${this.#field('horizon.base', msg('Base year (prices, discounting)'), this.#shown(h.base, 1, false), (raw) => this.#setHorizon({ base: this.#read(raw) }), { placeholder: years.length > 0 ? String(years[0]) : '' })}
        </div>
        ${years.some((y, i) => this.#byPath.has(`horizon.years[${i}]`)) ? years.map((_, i) => this.#errors(`horizon.years[${i}]`)) : nothing}
        <table class="data growth">
          <caption>${msg('Demand growth from the base year (%/yr; empty: 0)')}</caption>
          <thead>
            <tr><th scope="col">${msg('Demand')}</th><th scope="col" class="num">${msg('Volume (t/yr)')}</th><th scope="col">${msg('Growth (%/yr)')}</th></tr>
          </thead>
          <tbody>
            ${s.demands.map(
              (d, i) => html`<tr>
                <th scope="row">${demandLabel(s, d)}</th>
                <td class="num">${formatNumberText(d.volume, true, elementLocale(this))}</td>
                <td>${this.#field(`demands[${i}].growth`, msg(str`Growth of ${demandLabel(s, d)} (%/yr)`), this.#shown(d.growth, 100), (raw) => this.#setGrowth(i, raw), { hideLabel: true, placeholder: '0' })}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${this.#renderChanges(s, h)}
      </fieldset>
    `;
  }

  #renderChanges(s: Scenario, h: Horizon): TemplateResult {
    const changes = h.changes ?? [];
    const paths = listParameters(s);
    if (changes.length === 0) {
      return html`<p class="hint">${msg('No step changes (from a model year on, a parameter takes a new value).')}
          <button type="button" class="add-change" @click=${() => this.#setChange(0, { from: h.years?.[1] ?? h.years?.[0] ?? 0, set: paths[0] ?? '', value: 0 })}>${msg('Add a step change')}</button>
        </p>`;
    }
    return html`
      <table class="data changes">
        <caption>${msg('Step changes: from a model year on, a parameter takes a new value')}</caption>
        ${html`<thead>
          <tr>
            <th scope="col">${msg('From', { id: 'step-change-from' })}</th>
            <th scope="col">${msg('Parameter')}</th>
            <th scope="col">${msg('Value', { id: 'step-change-value' })}</th>
            <th scope="col"><span class="visually-hidden">${msg('Remove')}</span></th>
          </tr>
        </thead>`}
        <tbody>
          ${changes.map(
            (c, i) => html`<tr>
              <td>${this.#field(`horizon.changes[${i}].from`, msg(str`Change ${i + 1}: from year`), this.#shown(c.from, 1, false), (raw) => this.#setChange(i, { from: this.#read(raw) }), { hideLabel: true })}</td>
              <td>
                <label class="field">
                  <span class="visually-hidden">${msg(str`Change ${i + 1}: parameter`)}</span>
                  <select
                    data-path=${`horizon.changes[${i}].set`}
                    aria-invalid=${this.#byPath.has(`horizon.changes[${i}].set`) ? 'true' : 'false'}
                    @change=${(e: Event) => this.#setChange(i, { set: (e.target as HTMLSelectElement).value })}
                    @focus=${this.#list}
                    @pointerdown=${this.#list}
                  >
                    ${longSelectOptions(paths, c.set, this.#listed.has(`horizon.changes[${i}].set`), (p) => p, msg('choose…'))}
                  </select>
                  ${this.#errors(`horizon.changes[${i}].set`)}
                </label>
              </td>
              <td>${this.#field(`horizon.changes[${i}].value`, msg(str`Change ${i + 1}: value`), this.#shown(c.value), (raw) => this.#setChange(i, { value: this.#read(raw) }), { hideLabel: true })}</td>
              <td><button type="button" class="icon" aria-label=${msg(str`Remove change ${i + 1}`)} @click=${() => this.#setChange(i, null)}>×</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <button type="button" class="add-change" @click=${() => this.#setChange(changes.length, { from: h.years?.[1] ?? h.years?.[0] ?? 0, set: paths[0] ?? '', value: 0 })}>
        ${msg('Add a step change')}
      </button>
    `;
  }

  #renderProjects(s: Scenario): TemplateResult {
    const projects = s.projects ?? [];
    const years = Array.isArray(s.horizon?.years) ? s.horizon!.years.filter(Number.isInteger) : [];
    const capacityPaths = [
      ...s.links.filter((l) => l.capacity !== undefined).map((l) => `links.${l.id}.capacity`),
      ...s.nodes.filter((n) => n.capacity !== undefined).map((n) => `nodes.${n.id}.capacity`),
    ];
    return html`
      <fieldset class="group">
        <legend>${msg('Projects')}</legend>
        ${projects.length === 0
          ? html`<p class="hint">${msg('No projects: the plan only follows demand over the years.')}</p>`
          : html`<div class="table-scroll">
              <table class="data projects">
                <thead>
                  <tr>
                    <th scope="col">${msg('Id')}</th>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('Adds capacity (t/yr) to')}</th>
                    <th scope="col">${msg('Capex (USD)')}</th>
                    <th scope="col">${msg('Opex (USD/yr)')}</th>
                    <th scope="col">${msg('Life (yr)')}</th>
                    <th scope="col">${msg('Earliest')}</th>
                    <th scope="col">${msg('Decision')}</th>
                    <th scope="col">${msg('Divisible')}</th>
                    <th scope="col"><span class="visually-hidden">${msg('Remove')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${projects.map((p, i) => this.#renderProject(p, i, years, capacityPaths))}
                </tbody>
              </table>
            </div>`}
        <button type="button" class="add-project" @click=${this.#addProject}>${msg('Add a project')}</button>
      </fieldset>
    `;
  }

  #renderProject(p: Project, i: number, years: readonly number[], capacityPaths: readonly string[]): TemplateResult {
    const at = `projects[${i}]`;
    const name = p.name ?? p.id;
    const hidden = { hideLabel: true } as const;
    return html`<tr class="project" data-project=${p.id}>
      <td>${this.#field(`${at}.id`, msg(str`Project ${i + 1}: id`), String(p.id ?? ''), (raw) => this.#setProject(i, { id: raw.trim() }), hidden)}</td>
      <td class="name">${this.#field(`${at}.name`, msg(str`Project ${i + 1}: name`), p.name ?? '', (raw) => this.#setProject(i, { name: raw.trim() === '' ? undefined : raw.trim() }), { ...hidden, wide: true })}</td>
      <td class="adds">
        ${this.#errors(`${at}.adds`)}
        ${(p.adds ?? []).map(
          (a, j) => html`<div class="addition">
            <label class="field">
              <span class="visually-hidden">${msg(str`${name}: addition ${j + 1}, capacity of`)}</span>
              <select
                data-path=${`${at}.adds[${j}].set`}
                aria-invalid=${this.#byPath.has(`${at}.adds[${j}].set`) ? 'true' : 'false'}
                @change=${(e: Event) => this.#setAddition(i, j, { set: (e.target as HTMLSelectElement).value })}
                @focus=${this.#list}
                @pointerdown=${this.#list}
              >
                ${longSelectOptions(capacityPaths, a.set, this.#listed.has(`${at}.adds[${j}].set`), (c) => c.replace(/\.capacity$/, ''), msg('choose…'))}
              </select>
              ${this.#errors(`${at}.adds[${j}].set`)}
            </label>
            <span class="plus" aria-hidden="true">+</span>
            ${this.#field(`${at}.adds[${j}].amount`, msg(str`${name}: addition ${j + 1}, t/yr`), this.#shown(a.amount), (raw) => this.#setAddition(i, j, { amount: this.#read(raw) }), hidden)}
            <button type="button" class="icon" aria-label=${msg(str`Remove addition ${j + 1} of ${name}`)} @click=${() => this.#setAddition(i, j, null)}>×</button>
          </div>`,
        )}
        <button type="button" class="add-addition" aria-label=${msg(str`Add capacity to ${name}`)} @click=${() => this.#setAddition(i, p.adds?.length ?? 0, { set: capacityPaths[0] ?? '', amount: 1_000_000 })}>${msg('+ capacity')}</button>
      </td>
      <td>${this.#field(`${at}.capex`, msg(str`${name}: capex (USD)`), this.#shown(p.capex), (raw) => this.#setProject(i, { capex: this.#read(raw) }), { ...hidden, placeholder: '0' })}</td>
      <td>${this.#field(`${at}.opex`, msg(str`${name}: opex (USD/yr)`), this.#shown(p.opex), (raw) => this.#setProject(i, { opex: this.#read(raw) }), { ...hidden, placeholder: '0' })}</td>
      <td class="short">${this.#field(`${at}.life`, msg(str`${name}: life (years)`), this.#shown(p.life), (raw) => this.#setProject(i, { life: this.#read(raw) }), { ...hidden, placeholder: '30' })}</td>
      <td>
        <label class="field">
          <span class="visually-hidden">${msg(str`${name}: earliest year`)}</span>
          <select data-path=${`${at}.earliest`} aria-invalid=${this.#byPath.has(`${at}.earliest`) ? 'true' : 'false'} @change=${(e: Event) => this.#setProject(i, { earliest: (e.target as HTMLSelectElement).value === '' ? undefined : Number((e.target as HTMLSelectElement).value) })}>
            <option value="" ?selected=${p.earliest === undefined}>${msg('first year')}</option>
            ${years.map((y) => html`<option value=${y} ?selected=${p.earliest === y}>${y}</option>`)}
            ${p.earliest !== undefined && !years.includes(p.earliest) ? html`<option value=${p.earliest} selected>${p.earliest}</option>` : nothing}
          </select>
          ${this.#errors(`${at}.earliest`)}
        </label>
      </td>
      <td>
        <label class="field">
          <span class="visually-hidden">${msg(str`${name}: decision`)}</span>
          <select data-path=${`${at}.decision`} @change=${(e: Event) => this.#setProject(i, { decision: (e.target as HTMLSelectElement).value })}>
            ${PROJECT_DECISIONS.map((d) => html`<option value=${d} ?selected=${(p.decision ?? 'choose') === d}>${DECISION_WORDS[d]}</option>`)}
          </select>
          ${this.#errors(`${at}.decision`)}
        </label>
      </td>
      <td class="center">
        <input type="checkbox" data-path=${`${at}.divisible`} aria-label=${msg(str`${name}: divisible`)} .checked=${live(p.divisible === true)} @change=${(e: Event) => this.#setProject(i, { divisible: (e.target as HTMLInputElement).checked ? true : undefined })} />
      </td>
      <td><button type="button" class="icon remove-project" aria-label=${msg(str`Remove project ${name}`)} title=${msg('Remove')} @click=${() => this.#setProject(i, null)}>×</button></td>
    </tr>`;
  }
}

/** Getters, so each reading is in the language shown now. */
const DECISION_WORDS: Readonly<Record<(typeof PROJECT_DECISIONS)[number], string>> = {
  get choose() {
    return msg('the plan chooses');
  },
  get build() {
    return msg('built from earliest');
  },
  get never() {
    return msg('never built');
  },
};

defineElement('corridor-plan-inputs', CorridorPlanInputs);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-plan-inputs': CorridorPlanInputs;
  }
}
