import { html, nothing, type TemplateResult } from 'lit';
import type { Problem, Scenario } from '../../model/types';
import { msg, str } from '../i18n';
import { itemsOf, type Collection } from './edit-scenario';
import type { EditorHost } from './editor-host';
import { formatNumberText } from './format-number-text';

/** Problems listed at the top before "show all". */
const PROBLEM_PREVIEW = 5;

/** The problem count and the scenario's size at the top, then the first problems, each a button to the field it names. */
export function renderProblemSummary(host: EditorHost, scenario: Scenario, problems: readonly Problem[]): TemplateResult {
  const n = problems.length;
  const shown = host.allProblems ? problems : problems.slice(0, PROBLEM_PREVIEW);
  const count = (c: Collection): string => formatNumberText(itemsOf(scenario, c).length);
  return html`<div class="summary" part="summary">
      <span class=${n === 0 ? 'status ok' : 'status bad'} role="status">
        ${n === 0 ? msg('No problems') : n === 1 ? msg('1 problem') : msg(str`${formatNumberText(n)} problems`)}
      </span>
      <span class="meta">
        ${msg(str`${count('nodes')} nodes · ${count('links')} links · ${count('corridors')} corridors · ${count('demands')} demands`)}
      </span>
    </div>
    ${n === 0
      ? nothing
      : html`<ul class="problem-list">
          ${shown.map(
            (p) => html`<li>
              <button type="button" class="problem-path" @click=${() => host.goToProblem(p.path)}>
                ${p.path === '' ? msg('scenario') : p.path}
              </button>
              <span>${p.message}</span>
            </li>`,
          )}
          ${n > PROBLEM_PREVIEW
            ? html`<li>
                <button type="button" class="link-button" @click=${() => host.toggleAllProblems()}>
                  ${host.allProblems ? msg('Show fewer') : msg(str`Show all ${formatNumberText(n)}`)}
                </button>
              </li>`
            : nothing}
        </ul>`}`;
}

/** A section's problem count, shown in its header; nothing without problems. */
export function problemCountBadge(n: number): TemplateResult | typeof nothing {
  return n === 0 ? nothing : html`<span class="badge">${n === 1 ? msg('1 problem') : msg(str`${formatNumberText(n)} problems`)}</span>`;
}

/** The badge of the problems at some keys (the scenario's own fields). */
export function problemBadge(host: EditorHost, keys: readonly string[]): TemplateResult | typeof nothing {
  return problemCountBadge(keys.reduce((sum, k) => sum + host.problemsAt(k).length, 0));
}
