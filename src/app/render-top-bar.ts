import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../components/i18n';
import { MODEL_FILES } from './model-files';
import type { SolveStatusView } from './solve-status-of';
import { modelMenuLabel } from './workspace/scenario-label';
import type { TopBarExport } from './export-files';
import { renderLanguagePicker } from './language-picker';

/** What the top bar shows and the actions it offers (the app's state and handlers). */
export interface TopBarView {
  /** The scenario's name, or null before there is one. */
  readonly name: string | null;
  /** Which `models/` file the scenario came from, or ''. */
  readonly modelId: string;
  /** The scenario differs from the model file it came from (the menu says "edited"). */
  readonly edited: boolean;
  readonly hasScenario: boolean;
  readonly hasResult: boolean;
  readonly canShare: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** null: no workspace (storage is off); else whether its panel is open. */
  readonly workspaceOpen: boolean | null;
  readonly galleryHref: string;
  readonly status: SolveStatusView;
  readonly onPick: (event: Event) => void;
  readonly onFileChosen: (event: Event) => void;
  readonly onExport: (kind: TopBarExport) => void;
  readonly onToggleWorkspace: () => void;
  readonly onShare: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** Cancel pressed on a long solve. */
  readonly onCancelSolve: () => void;
}

/**
 * The app's top bar: the name, the model menu, import and export, the
 * workspace, share, undo/redo, the language and the solve status. `host`
 * is the app element (the language picker sets its `lang`).
 */
export function renderTopBar(host: HTMLElement, view: TopBarView): TemplateResult {
  const { modelId, hasScenario, hasResult } = view;
  return html`
    <header part="top-bar" class="top-bar">
      <h1 class="name" title=${view.name ?? ''}>${view.name ?? 'corridor-flow'}</h1>
      <label class="picker">
        <span>${msg('Model')}</span>
        <select @change=${view.onPick} .value=${modelId}>
          <option value="" ?selected=${modelId === ''}>${modelId === '' && hasScenario ? msg('(your scenario)') : msg('Choose…')}</option>
          ${MODEL_FILES.map(
            (m) =>
              html`<option value=${m.id} ?selected=${m.id === modelId}>
                ${m.id === modelId ? modelMenuLabel(m.id, view.edited) : m.id}
              </option>`,
          )}
        </select>
      </label>
      <div class="actions" role="group" aria-label=${msg('File')}>
        <button type="button" @click=${openFilePicker}>${msg('Import…')}</button>
        <input class="file" type="file" accept=".json,application/json" hidden @change=${view.onFileChosen} />
        <details class="menu">
          <summary>${msg('Export')}</summary>
          <div class="menu-items" @click=${closeMenu}>
            <button type="button" ?disabled=${!hasScenario} @click=${() => view.onExport('scenario')}>${msg('Scenario (JSON)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('result-json')}>${msg('Result (JSON)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('result-csv')}>${msg('Result (CSV)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('why-csv')}>${msg('Costs by demand (CSV)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('map-svg')}>${msg('Map (SVG)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('map-png')}>${msg('Map (PNG)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('split-svg')}>${msg('Split (SVG)')}</button>
            <button type="button" ?disabled=${!hasResult} @click=${() => view.onExport('split-png')}>${msg('Split (PNG)')}</button>
          </div>
        </details>
      </div>
      ${view.workspaceOpen !== null
        ? html`<button
            type="button"
            class="workspace-toggle"
            aria-expanded=${view.workspaceOpen ? 'true' : 'false'}
            aria-controls="workspace"
            @click=${view.onToggleWorkspace}
          >
            ${msg('Workspace')}
          </button>`
        : nothing}
      <div class="actions" role="group" aria-label=${msg('Share')}>
        <button type="button" class="share" ?disabled=${!view.canShare} @click=${view.onShare} title=${msg('A link that opens this scenario')}>${msg('Share')}</button>
        ${view.galleryHref !== ''
          ? html`<a class="gallery" href=${view.galleryHref} target="_blank" rel="noopener">${msg('Component gallery')}</a>`
          : nothing}
      </div>
      <div class="actions" role="group" aria-label=${msg('History')}>
        <button type="button" ?disabled=${!view.canUndo} @click=${view.onUndo} title=${msg('Undo (Ctrl+Z)')} aria-keyshortcuts="Control+Z">${msg('Undo')}</button>
        <button type="button" ?disabled=${!view.canRedo} @click=${view.onRedo} title=${msg('Redo (Ctrl+Shift+Z)')} aria-keyshortcuts="Control+Shift+Z">
          ${msg('Redo')}
        </button>
      </div>
      ${renderLanguagePicker(host)}
      <corridor-status
        class="status"
        .state=${view.status.state}
        .ms=${view.status.ms}
        .message=${view.status.message}
        .diagnosis=${view.status.diagnosis}
        .progress=${view.status.progress}
        ?cancellable=${view.status.cancellable}
        @corridor-cancel=${view.onCancelSolve}
      ></corridor-status>
    </header>
  `;
}

/** Import…: the file input beside the button asks for the file. */
function openFilePicker(event: Event): void {
  (event.currentTarget as Element).parentElement?.querySelector<HTMLInputElement>('input.file')?.click();
}

/** An item of the Export menu chosen: the menu closes. */
function closeMenu(event: Event): void {
  if ((event.target as Element).closest('button')) (event.currentTarget as Element).closest('details')?.removeAttribute('open');
}
