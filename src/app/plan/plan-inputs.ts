import { defineElement } from '../../components/define-element';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Horizon, HorizonChange, Problem, Project, Scenario } from '../../model/types';
import { listParameters } from '../../model/parameter-path';
import { sharedStyles } from '../../components/shared.styles';
import { localized, msg, str } from '../../components/i18n';
import { elementLocale } from '../../components/element-locale';
import { analysisFormStyles, analysisPanelStyles } from '../analyses/analysis-panel.styles';
import { shownPlanProblems } from './shown-plan-problems';
import { planInputsStyles } from './plan-inputs.styles';
import { longSelectOptions } from './long-select-options';
import { numberOrText, shown } from './plan-field-text';
import { withAddition, withChange, withGrowth, withHorizon, withNewProject, withProject, withStartingHorizon } from './plan-input-edits';
import type { PlanFieldOptions } from './plan-inputs-host';
import { GROWTH_VIEW, growthIndex, growthShown, revealGrowth, type GrowthView } from './growth-pages';
import { renderGrowthInputs, type GrowthHost } from './plan-growth-inputs';
import { renderProjectInputs, type ProjectsHost } from './plan-project-inputs';
import { projectIndex, projectsAfterRemoval } from './open-projects';

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
 * JSON path, all at once, each a button to its field.
 *
 * A large network's growth table is folded under a line saying how many
 * demands grow, and unfolded it shows a page of rows with a filter; each
 * project is a line (what it adds, capex, decision) whose fields unfold
 * under it. A new problem unfolds what hides its field, on its page.
 *
 * @event corridor-change - The user changed a planning input. `detail: { scenario, phase: 'commit' }`.
 */
@localized()
export class CorridorPlanInputs extends LitElement {
  static override styles = [sharedStyles, analysisFormStyles, analysisPanelStyles, planInputsStyles];

  static override properties = {
    scenario: { attribute: false },
    problems: { attribute: false },
    growth: { state: true },
    openProjects: { state: true },
  };

  /** The scenario as the user left it (may be invalid). */
  declare scenario: Scenario | null;
  /** The app's problems of the scenario; those of the planning inputs are shown with these element's own checks. */
  declare problems: readonly Problem[];
  /** How the growth table is shown (folded, filter, page). */
  declare growth: GrowthView;
  /** Indices of the projects whose fields are unfolded. */
  declare openProjects: ReadonlySet<number>;

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
  /** The paths of the problems shown before: a problem not among them unfolds what hides its field. */
  #shownPaths: ReadonlySet<string> = new Set();
  readonly #host: GrowthHost & ProjectsHost = this.#makeHost();

  constructor() {
    super();
    this.scenario = null;
    this.problems = [];
    this.growth = GROWTH_VIEW;
    this.openProjects = new Set();
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
    const fresh = all.map((p) => p.path).filter((path) => !this.#shownPaths.has(path));
    this.#shownPaths = new Set(this.#byPath.keys());
    this.#unfoldFor(fresh);
  }

  /** Unfolds the projects with a problem at `paths`, and turns the growth table to the first such row when it is not shown. */
  #unfoldFor(paths: readonly string[]): void {
    const s = this.scenario;
    const projects = paths.map(projectIndex).filter((i) => i !== null);
    if (projects.some((i) => !this.openProjects.has(i))) this.openProjects = new Set([...this.openProjects, ...projects]);
    const demand = paths.map(growthIndex).find((i) => i !== null);
    if (s !== null && demand !== undefined && !growthShown(s, this.growth, demand)) this.growth = revealGrowth(s, this.growth, demand);
  }

  /** Shows the field a problem names (unfolded, on its page) and puts focus on it. */
  async #goTo(path: string): Promise<void> {
    this.#unfoldFor([path]);
    await this.updateComplete;
    const target = fieldAt(this.renderRoot, path);
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    target?.focus();
  }

  /** A number field's text in the reader's locale (the same locale reads it back: `#read`). */
  #shown(value: unknown, scale = 1, grouping = true): string {
    return shown(value, scale, grouping, elementLocale(this));
  }

  /** What was typed in a number field, read in the reader's locale. */
  #read(raw: string, scale = 1): number | string | undefined {
    return numberOrText(raw, scale, elementLocale(this));
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
    if (patch === null) this.openProjects = projectsAfterRemoval(this.openProjects, index);
    this.#edit((s) => withProject(s, index, patch));
  }

  #startHorizon = (): void => this.#edit((s) => withStartingHorizon(s, new Date().getFullYear()));

  /** The parts' view of this element (`PlanInputsHost`): each member reads the state as it is when called. */
  #makeHost(): GrowthHost & ProjectsHost {
    // The getters' own `this` is the host.
    const element = this;
    return {
      get locale() {
        return elementLocale(element);
      },
      get growth() {
        return element.growth;
      },
      get openProjects() {
        return element.openProjects;
      },
      field: (path, label, value, onChange, options) => this.#field(path, label, value, onChange, options),
      errors: (path) => this.#errors(path),
      invalid: (path) => this.#byPath.has(path),
      problemsIn: (inside) => this.#all.filter((p) => inside(p.path)).length,
      shown: (value, scale, grouping) => this.#shown(value, scale, grouping),
      read: (raw, scale) => this.#read(raw, scale),
      setGrowthView: (view) => (this.growth = view),
      setGrowth: (index, raw) => {
        const growth = this.#read(raw, 100);
        this.#edit((s) => withGrowth(s, index, growth));
      },
      toggleProject: (index) => {
        const open = new Set(this.openProjects);
        if (!open.delete(index)) open.add(index);
        this.openProjects = open;
      },
      setProject: (index, patch) => this.#setProject(index, patch),
      setAddition: (project, index, patch) => this.#edit((s) => withAddition(s, project, index, patch)),
      // A new project's fields are what the reader comes to fill in.
      addProject: () => {
        this.openProjects = new Set([...this.openProjects, this.scenario?.projects?.length ?? 0]);
        this.#edit(withNewProject);
      },
      listed: (path) => this.#listed.has(path),
      list: this.#list,
    };
  }

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
              ${this.#all.map((p) => html`<li><button type="button" class="problem-path" @click=${() => void this.#goTo(p.path)}><code>${p.path}</code></button>: ${p.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${s.horizon === undefined
        ? html`<p class="hint">
            ${msg('This scenario has no horizon yet: a plan needs the model years it covers and a discount rate.')}
            <button type="button" class="start-horizon" @click=${this.#startHorizon}>${msg('Add a horizon')}</button>
          </p>`
        : this.#renderHorizon(s, s.horizon)}
      ${renderProjectInputs(this.#host, s)}
    `;
  }

  #errors(path: string): TemplateResult | typeof nothing {
    const messages = this.#byPath.get(path);
    if (messages === undefined) return nothing;
    return html`<span class="field-error" id=${`err-${path}`}>${messages.join('; ')}</span>`;
  }

  /** A text field bound to a JSON path: aria-invalid and its message when a problem names the path. */
  #field(path: string, label: string, value: string, onChange: (raw: string) => void, options: PlanFieldOptions = {}): TemplateResult {
    const invalid = this.#byPath.has(path);
    return html`<label class="field">
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
        ${renderGrowthInputs(this.#host, s)}
        ${this.#renderChanges(s, h)}
      </fieldset>
    `;
  }

  #renderChanges(s: Scenario, h: Horizon): TemplateResult {
    const changes = h.changes ?? [];
    if (changes.length === 0) {
      // Every parameter's path (thousands of strings on a large network) only when a change is added: built per
      // render, they were a megabyte that outlived a minor GC on opening the Plan tab, for the memory reducer's GC.
      return html`<p class="hint">${msg('No step changes (from a model year on, a parameter takes a new value).')}
          <button type="button" class="add-change" @click=${() => this.#setChange(0, { from: h.years?.[1] ?? h.years?.[0] ?? 0, set: listParameters(s)[0] ?? '', value: 0 })}>${msg('Add a step change')}</button>
        </p>`;
    }
    const paths = listParameters(s);
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
}

/** The field at a problem's path, else the nearest one holding it (`horizon.years[1]`: the years field; `projects[1].adds`: the project's line). */
function fieldAt(root: ParentNode, path: string): HTMLElement | null {
  for (let at = path; ; ) {
    const found = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(at)}"]`);
    const shorter = at.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    if (found !== null || shorter === at || shorter === '') return found;
    at = shorter;
  }
}

defineElement('corridor-plan-inputs', CorridorPlanInputs);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-plan-inputs': CorridorPlanInputs;
  }
}
