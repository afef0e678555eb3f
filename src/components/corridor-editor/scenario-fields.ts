import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Scenario } from '../../model/types';
import { msg, str } from '../i18n';
import { setScenarioField, textOf } from './edit-scenario';
import type { EditorHost } from './editor-host';

/** The scenario's own fields (name, description), the problems of the scenario as a whole, and its units. */
export function renderScenarioFields(host: EditorHost, scenario: Scenario): TemplateResult {
  const field = (name: 'name' | 'description', label: string, multiline: boolean): TemplateResult => {
    const errors = host.problemsAt(name);
    const id = `f-scenario-${name}`;
    const onChange = (e: Event): void => {
      const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      const next = setScenarioField(scenario, name, v === '' && name === 'description' ? undefined : v);
      if (!Object.is(scenario[name], next[name])) host.commit(next);
    };
    const attrs = {
      invalid: errors.length > 0 ? 'true' : nothing,
      describedBy: errors.length > 0 ? `${id}-error` : nothing,
    };
    return html`<div class="scenario-field">
      <label for=${id}>${label}</label>
      ${multiline
        ? html`<textarea id=${id} rows="3" .value=${live(textOf(scenario[name]))} aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy} @change=${onChange}></textarea>`
        : html`<input type="text" id=${id} .value=${live(textOf(scenario[name]))} aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy} @change=${onChange} />`}
      ${errors.length > 0 ? html`<div class="field-error" id=${`${id}-error`}>${errors.join('; ')}</div>` : nothing}
    </div>`;
  };
  const rootProblems = [...host.problemsAt(''), ...host.problemsAt('format')];
  return html`${field('name', msg('Name'), false)}${field('description', msg('Description'), true)}
    ${rootProblems.length > 0 ? html`<div class="field-error">${rootProblems.join('; ')}</div>` : nothing}
    <p class="hint">${msg(str`Format ${scenario.format}; volumes in t/yr, money in USD, time in days.`)}</p>`;
}
