import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n';

/**
 * The data table under an analysis chart, closed behind a "Data table"
 * toggle: every figure the chart draws, for exact reading and for screen
 * readers. `head` is the `<thead>`'s content (its row), `body` the
 * `<tbody>`'s rows; styled by `chartStyles` (`.table-wrap`) and `tableStyles`.
 */
export function dataTableToggle(caption: unknown, head: unknown, body: unknown): TemplateResult {
  return html`<details>
    <summary>${msg('Data table')}</summary>
    <div class="table-wrap">
      <table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          ${head}
        </thead>
        <tbody>
          ${body}
        </tbody>
      </table>
    </div>
  </details>`;
}
