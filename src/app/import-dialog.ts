import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../components/i18n';
import type { ImportFailure } from './render-notices';

/*
 * A chunk of its own, loaded when an imported file is refused (corridor-flow.ts): most visits never see it.
 */

/** The dialog listing an imported file's problems (each with its JSON path); nothing when the last import was fine. */
export function renderImportDialog(failure: ImportFailure | null, onClose: () => void): TemplateResult | typeof nothing {
  if (failure === null) return nothing;
  return html`
    <dialog part="dialog" class="import-errors" aria-labelledby="import-errors-title" @close=${onClose}>
      <h2 id="import-errors-title">${msg(str`"${failure.fileName}" was not imported`)}</h2>
      <p>
        ${failure.problems.length === 1
          ? msg('It is not a valid scenario file (1 problem). Your current scenario is unchanged.')
          : msg(str`It is not a valid scenario file (${failure.problems.length} problems). Your current scenario is unchanged.`)}
      </p>
      <ul class="problems">
        ${failure.problems.map((p) => html`<li>${p.path !== '' ? html`<code class="path">${p.path}</code>: ` : nothing}${p.message}</li>`)}
      </ul>
      <form method="dialog"><button type="submit" autofocus>${msg('Close')}</button></form>
    </dialog>
  `;
}
