import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Project, ProjectAddition, Scenario } from '../../model/types';
import { PROJECT_DECISIONS } from '../../model/types';
import { msg, str } from '../../components/i18n';
import { formatTonnes, formatUsdPlain } from '../../components/format';
import { problemCountBadge } from '../../components/corridor-editor/problem-summary';
import type { PlanInputsHost } from './plan-inputs-host';
import { longSelectOptions } from './long-select-options';

/** The projects' part of the planning inputs: which are unfolded, and the edits they make. */
export interface ProjectsHost extends PlanInputsHost {
  /** Indices of the projects whose fields are drawn. */
  readonly openProjects: ReadonlySet<number>;
  toggleProject(index: number): void;
  setProject(index: number, patch: Partial<Record<keyof Project, unknown>> | null): void;
  setAddition(project: number, index: number, patch: Partial<Record<keyof ProjectAddition, unknown>> | null): void;
  addProject(): void;
  /** Whether the long select at `path` has every option drawn (`longSelectOptions`). */
  listed(path: string): boolean;
  /** Draws every option of the long select the event came to (focus, pointer down). */
  readonly list: (event: Event) => void;
}

/** What the projects' fields need besides the project: the model years and every capacity a project can add to. */
interface ProjectChoices {
  readonly years: readonly number[];
  readonly capacityPaths: readonly string[];
}

/**
 * The projects, each a line that names it with what it adds, its capex and
 * its decision; unfolded, its fields. A folded project draws its line only
 * (on the 100x network ten projects' fields and selects were 540 elements).
 */
export function renderProjectInputs(host: ProjectsHost, s: Scenario): TemplateResult {
  const projects = s.projects ?? [];
  const choices: ProjectChoices = {
    years: Array.isArray(s.horizon?.years) ? s.horizon!.years.filter(Number.isInteger) : [],
    capacityPaths: [
      ...s.links.filter((l) => l.capacity !== undefined).map((l) => `links.${l.id}.capacity`),
      ...s.nodes.filter((n) => n.capacity !== undefined).map((n) => `nodes.${n.id}.capacity`),
    ],
  };
  return html`
    <fieldset class="group">
      <legend>${msg('Projects')}</legend>
      ${projects.length === 0
        ? html`<p class="hint">${msg('No projects: the plan only follows demand over the years.')}</p>`
        : html`<ul class="projects">
            ${projects.map((p, i) => renderProject(host, p, i, choices))}
          </ul>`}
      <button type="button" class="add-project" @click=${() => host.addProject()}>${msg('Add a project')}</button>
    </fieldset>
  `;
}

function renderProject(host: ProjectsHost, p: Project, i: number, choices: ProjectChoices): TemplateResult {
  const open = host.openProjects.has(i);
  const problems = host.problemsIn((path) => path === `projects[${i}]` || path.startsWith(`projects[${i}].`) || path.startsWith(`projects[${i}][`));
  return html`<li class="project" data-project=${p.id}>
    <button type="button" class="part-toggle project-toggle" data-path=${`projects[${i}]`} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `project-${i}` : nothing} @click=${() => host.toggleProject(i)}>
      <span class="chevron" aria-hidden="true"></span>
      <span class="part-title" id=${`project-${i}-name`}>${p.name ?? p.id}</span>
      <span class="count">${projectLine(p, host.locale)}</span>
      ${problemCountBadge(problems)}
    </button>
    ${open ? html`<div class="project-body" id=${`project-${i}`} role="group" aria-labelledby=${`project-${i}-name`}>${renderProjectFields(host, p, i, choices)}</div>` : nothing}
  </li>`;
}

/** `+2.0 Mt/yr to links.caspian-ferry · capex USD 400 mn · from 2030 · the plan chooses`: a value that is not a number as typed. */
export function projectLine(p: Project, locale: string): string {
  const typed = (v: unknown, format: (n: number) => string): string => (typeof v === 'number' ? format(v) : String(v ?? ''));
  const adds = (Array.isArray(p.adds) ? p.adds : []).map((a) => msg(str`+${typed(a.amount, (n) => formatTonnes(n, { locale }))} to ${String(a.set ?? '').replace(/\.capacity$/, '')}`));
  const parts = [
    adds.length === 0 ? msg('adds nothing yet') : adds.join(', '),
    msg(str`capex ${typed(p.capex, (n) => formatUsdPlain(n, { locale }))}`),
    ...(p.earliest === undefined ? [] : [msg(str`from ${String(p.earliest)}`)]),
    DECISION_WORDS[p.decision ?? 'choose'] ?? String(p.decision),
  ];
  return parts.join(' · ');
}

function renderProjectFields(host: ProjectsHost, p: Project, i: number, choices: ProjectChoices): TemplateResult {
  const at = `projects[${i}]`;
  const name = p.name ?? p.id;
  return html`
    <div class="project-fields">
      ${host.field(`${at}.id`, msg('Id'), String(p.id ?? ''), (raw) => host.setProject(i, { id: raw.trim() }))}
      ${host.field(`${at}.name`, msg('Name'), p.name ?? '', (raw) => host.setProject(i, { name: raw.trim() === '' ? undefined : raw.trim() }))}
      ${host.field(`${at}.capex`, msg('Capex (USD)'), host.shown(p.capex), (raw) => host.setProject(i, { capex: host.read(raw) }), { placeholder: '0' })}
      ${host.field(`${at}.opex`, msg('Opex (USD/yr)'), host.shown(p.opex), (raw) => host.setProject(i, { opex: host.read(raw) }), { placeholder: '0' })}
      ${host.field(`${at}.life`, msg('Life (yr)'), host.shown(p.life), (raw) => host.setProject(i, { life: host.read(raw) }), { placeholder: '30' })}
      ${renderEarliest(host, p, i, choices.years)}
      <label class="field">
        <span>${msg('Decision')}</span>
        <select data-path=${`${at}.decision`} @change=${(e: Event) => host.setProject(i, { decision: (e.target as HTMLSelectElement).value })}>
          ${PROJECT_DECISIONS.map((d) => html`<option value=${d} ?selected=${(p.decision ?? 'choose') === d}>${DECISION_WORDS[d]}</option>`)}
        </select>
        ${host.errors(`${at}.decision`)}
      </label>
      <label class="field check">
        <span>${msg('Divisible')}</span>
        <input type="checkbox" data-path=${`${at}.divisible`} .checked=${live(p.divisible === true)} @change=${(e: Event) => host.setProject(i, { divisible: (e.target as HTMLInputElement).checked ? true : undefined })} />
      </label>
    </div>
    ${renderAdditions(host, p, i, choices.capacityPaths)}
    <button type="button" class="remove-project" aria-label=${msg(str`Remove project ${name}`)} @click=${() => host.setProject(i, null)}>${msg('Remove')}</button>
  `;
}

function renderEarliest(host: ProjectsHost, p: Project, i: number, years: readonly number[]): TemplateResult {
  const at = `projects[${i}].earliest`;
  return html`<label class="field">
    <span>${msg('Earliest')}</span>
    <select
      data-path=${at}
      aria-invalid=${host.invalid(at) ? 'true' : 'false'}
      @change=${(e: Event) => host.setProject(i, { earliest: (e.target as HTMLSelectElement).value === '' ? undefined : Number((e.target as HTMLSelectElement).value) })}
    >
      <option value="" ?selected=${p.earliest === undefined}>${msg('first year')}</option>
      ${years.map((y) => html`<option value=${y} ?selected=${p.earliest === y}>${y}</option>`)}
      ${p.earliest !== undefined && !years.includes(p.earliest) ? html`<option value=${p.earliest} selected>${p.earliest}</option>` : nothing}
    </select>
    ${host.errors(at)}
  </label>`;
}

function renderAdditions(host: ProjectsHost, p: Project, i: number, capacityPaths: readonly string[]): TemplateResult {
  const at = `projects[${i}]`;
  const name = p.name ?? p.id;
  return html`<div class="adds" role="group" aria-labelledby=${`project-${i}-adds`}>
    <span class="adds-title" id=${`project-${i}-adds`}>${msg('Adds capacity (t/yr) to')}</span>
    ${host.errors(`${at}.adds`)}
    ${(p.adds ?? []).map(
      (a, j) => html`<div class="addition">
        <label class="field">
          <span class="visually-hidden">${msg(str`${name}: addition ${j + 1}, capacity of`)}</span>
          <select
            data-path=${`${at}.adds[${j}].set`}
            aria-invalid=${host.invalid(`${at}.adds[${j}].set`) ? 'true' : 'false'}
            @change=${(e: Event) => host.setAddition(i, j, { set: (e.target as HTMLSelectElement).value })}
            @focus=${host.list}
            @pointerdown=${host.list}
          >
            ${longSelectOptions(capacityPaths, a.set, host.listed(`${at}.adds[${j}].set`), (c) => c.replace(/\.capacity$/, ''), msg('choose…'))}
          </select>
          ${host.errors(`${at}.adds[${j}].set`)}
        </label>
        <span class="plus" aria-hidden="true">+</span>
        ${host.field(`${at}.adds[${j}].amount`, msg(str`${name}: addition ${j + 1}, t/yr`), host.shown(a.amount), (raw) => host.setAddition(i, j, { amount: host.read(raw) }), { hideLabel: true })}
        <button type="button" class="icon" aria-label=${msg(str`Remove addition ${j + 1} of ${name}`)} @click=${() => host.setAddition(i, j, null)}>×</button>
      </div>`,
    )}
    <button type="button" class="add-addition" aria-label=${msg(str`Add capacity to ${name}`)} @click=${() => host.setAddition(i, p.adds?.length ?? 0, { set: capacityPaths[0] ?? '', amount: 1_000_000 })}>${msg('+ capacity')}</button>
  </div>`;
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
