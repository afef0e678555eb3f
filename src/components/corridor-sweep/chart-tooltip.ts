import { html, type TemplateResult } from 'lit';
import { styleProps } from '../style-props';

/**
 * The tooltip box of an analysis chart: a bold title over the figures
 * (`body`, usually a `<dl>`), placed at (`left`, `top`) px in the `.chart`
 * box; styled by `chartStyles` (`.tooltip`). Presentational only: the same
 * figures are in the focused item's accessible name and in the data table.
 */
export function chartTooltip(left: number, top: number, title: unknown, body: unknown): TemplateResult {
  return html`<div class="tooltip" role="presentation" style=${styleProps({ left: `${left}px`, top: `${top}px` })}>
    <strong>${title}</strong>
    ${body}
  </div>`;
}
