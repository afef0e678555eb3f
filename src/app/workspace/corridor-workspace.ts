import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '../../components/i18n';
import type { Problem, Scenario } from '../../model/types';
import { elementLocale } from '../../components/element-locale';
import { formatNumber } from '../../components/format';
import { defineElement } from '../../components/define-element';
import { downloadFile } from '../download-file';
import type { EntryDraft } from './workspace-entries';
import type { WorkspaceEntry } from './workspace-file';
import type { WorkspaceController } from './workspace-controller';
import { corridorWorkspaceStyles } from './corridor-workspace.styles';

/** `detail` of `corridor-workspace-open`. */
export interface WorkspaceOpenDetail {
  readonly entry: WorkspaceEntry;
}

/** Largest workspace file accepted, bytes: many large scenarios, never a hung tab. */
const MAX_WORKSPACE_BYTES = 100 * 1024 * 1024;

/**
 * @summary The scenario workspace: named scenarios with notes, kept in the
 * browser; saved from the scenario on screen, opened, duplicated, renamed,
 * deleted, and exported or imported as one file.
 *
 * @event corridor-workspace-open - The user opened an entry. `detail: { entry }`.
 * @event corridor-change - Saving or renaming the open entry renamed the scenario on screen. `detail: { scenario, phase: 'step' }`.
 *
 * @csspart base - The panel.
 */
@localized()
export class CorridorWorkspace extends LitElement {
  static override styles = corridorWorkspaceStyles;

  static override properties = {
    controller: { attribute: false },
    entries: { attribute: false },
    activeId: { attribute: false },
    current: { attribute: false },
    renaming: { state: true },
    confirming: { state: true },
    importProblems: { state: true },
    importNote: { state: true },
  };

  /** Does the work (store, names); the list shown is `entries`, which the app passes down on each change. */
  declare controller: WorkspaceController | null;
  /** The entries, newest change first. */
  declare entries: readonly WorkspaceEntry[];
  /** The entry the scenario on screen belongs to, or null. */
  declare activeId: string | null;
  /** The scenario on screen as an entry would keep it (scenario, baseline, analysis settings); null when there is none. */
  declare current: (() => Omit<EntryDraft, 'name'> | null) | null;
  declare private renaming: string | null;
  declare private confirming: string | null;
  declare private importProblems: { readonly fileName: string; readonly problems: readonly Problem[] } | null;
  declare private importNote: string;

  constructor() {
    super();
    this.controller = null;
    this.entries = [];
    this.activeId = null;
    this.current = null;
    this.renaming = null;
    this.confirming = null;
    this.importProblems = null;
    this.importNote = '';
  }

  /** Moves focus to the panel's heading (when it opens). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #saveAs = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const draft = this.current?.();
    if (!draft || this.controller === null) return;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim() || draft.scenario.name;
    const entry = await this.controller.saveAs({ ...draft, name, notes: String(data.get('notes') ?? '') });
    form.reset();
    this.#renamedOnScreen(draft.scenario, entry.scenario.name);
  };

  #open(entry: WorkspaceEntry): void {
    this.dispatchEvent(new CustomEvent<WorkspaceOpenDetail>('corridor-workspace-open', { detail: { entry }, bubbles: true, composed: true }));
  }

  async #duplicate(entry: WorkspaceEntry): Promise<void> {
    const copy = await this.controller?.duplicate(entry.id);
    if (copy) await this.#focusRow(copy.id);
  }

  async #rename(entry: WorkspaceEntry, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = String(new FormData(event.target as HTMLFormElement).get('name') ?? '');
    const renamed = await this.controller?.rename(entry.id, name);
    this.renaming = null;
    if (renamed && entry.id === this.activeId) {
      const onScreen = this.current?.()?.scenario;
      if (onScreen) this.#renamedOnScreen(onScreen, renamed.name);
    }
    await this.#focusRow(entry.id);
  }

  async #delete(entry: WorkspaceEntry): Promise<void> {
    const index = this.entries.findIndex((e) => e.id === entry.id);
    await this.controller?.remove(entry.id);
    this.confirming = null;
    // Focus stays in the list: on the entry that took this one's place, or the heading when none is left.
    const left = this.controller?.entries ?? [];
    const next = left[Math.min(index, left.length - 1)];
    if (next) await this.#focusRow(next.id);
    else this.focus();
  }

  /** The scenario on screen takes its entry's name: the top bar and exports say it, not the file it started from. */
  #renamedOnScreen(scenario: Scenario, name: string): void {
    if (scenario.name === name) return;
    this.dispatchEvent(
      new CustomEvent('corridor-change', { detail: { scenario: { ...scenario, name }, phase: 'step' }, bubbles: true, composed: true }),
    );
  }

  async #focusRow(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] .entry-name`)?.focus();
  }

  async #startRename(entry: WorkspaceEntry): Promise<void> {
    this.renaming = entry.id;
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`tr[data-id="${CSS.escape(entry.id)}"] input[name='name']`);
    input?.focus();
    input?.select();
  }

  async #askDelete(entry: WorkspaceEntry): Promise<void> {
    this.confirming = entry.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(entry.id)}"] button.keep`)?.focus();
  }

  async #cancel(entry: WorkspaceEntry): Promise<void> {
    this.renaming = null;
    this.confirming = null;
    await this.#focusRow(entry.id);
  }

  #export = (): void => {
    if (this.controller === null) return;
    downloadFile(`corridor-flow-workspace-${new Date().toISOString().slice(0, 10)}.json`, this.controller.exportText(), 'application/json');
  };

  #import = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.controller === null) return;
    this.importNote = '';
    if (file.size > MAX_WORKSPACE_BYTES) {
      this.importProblems = { fileName: file.name, problems: [{ path: '', message: msg(str`the file is larger than ${formatNumber(MAX_WORKSPACE_BYTES / 1024 / 1024, { locale: elementLocale(this) })} MB`) }] };
      return;
    }
    const imported = await this.controller.importText(await file.text());
    if (!imported.ok) {
      this.importProblems = { fileName: file.name, problems: imported.problems };
      return;
    }
    this.importProblems = null;
    this.importNote = msg(str`Imported ${imported.added.length} scenarios from "${file.name}".`);
  };

  protected override render(): TemplateResult {
    const controller = this.controller;
    const entries = this.entries;
    const draft = this.current?.() ?? null;
    return html`
      <section part="base" class="base" aria-labelledby="workspace-title">
        <h2 id="workspace-title" tabindex="-1">${msg('Workspace')}</h2>
        <p class="hint">
          ${msg(
            'Named scenarios with notes, kept in this browser. An open entry follows your edits and keeps its analysis settings and uncertainty ranges; Compare can set any of them side by side.',
          )}
        </p>
        ${controller?.store?.unavailable
          ? html`<p class="memory" role="alert">
              ${msg(str`Kept only until this page closes: ${controller.store.unavailable}. Export the workspace to keep it.`)}
            </p>`
          : nothing}
        <form class="save" @submit=${this.#saveAs}>
          <label
            ><span>${msg('Name')}</span
            ><input name="name" type="text" autocomplete="off" placeholder=${draft?.scenario.name ?? ''} ?disabled=${draft === null}
          /></label>
          <label><span>${msg('Notes')}</span><textarea name="notes" rows="1" ?disabled=${draft === null}></textarea></label>
          <button type="submit" class="primary" ?disabled=${draft === null || controller === null}>${msg('Save current scenario')}</button>
        </form>
        ${entries.length === 0
          ? html`<p class="empty">${msg('No scenarios saved yet: name the scenario on screen above and save it.')}</p>`
          : html`<div class="table-scroll">
              <table>
                <caption class="visually-hidden">
                  ${msg('Saved scenarios, newest change first')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('Notes')}</th>
                    <th scope="col">${msg('Changed')}</th>
                    <th scope="col">${msg('Size')}</th>
                    <th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${entries.map((e) => this.#renderRow(e))}
                </tbody>
              </table>
            </div>`}
        <div class="file" role="group" aria-label=${msg('Workspace file')}>
          <button type="button" ?disabled=${entries.length === 0} @click=${this.#export}>${msg('Export workspace (JSON)')}</button>
          <button type="button" ?disabled=${controller === null} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.file-input')?.click()}>
            ${msg('Import workspace…')}
          </button>
          <input class="file-input" type="file" accept=".json,application/json" hidden @change=${this.#import} />
        </div>
        ${this.importNote !== '' ? html`<p role="status">${this.importNote}</p>` : nothing} ${this.#renderProblems()}
      </section>
    `;
  }

  #renderRow(entry: WorkspaceEntry): TemplateResult {
    const locale = elementLocale(this);
    const active = entry.id === this.activeId;
    const s = entry.scenario;
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.updatedAt));
    const n = (v: number) => formatNumber(v, { locale });
    return html`
      <tr data-id=${entry.id} class=${active ? 'active' : ''}>
        <td>
          ${this.renaming === entry.id
            ? html`<form class="row-actions" @submit=${(e: SubmitEvent) => void this.#rename(entry, e)}>
                <input name="name" type="text" .value=${entry.name} aria-label=${msg(str`New name of "${entry.name}"`)} required />
                <button type="submit">${msg('Rename')}</button>
                <button type="button" @click=${() => void this.#cancel(entry)}>${msg('Cancel')}</button>
              </form>`
            : html`<button type="button" class="entry-name" @click=${() => this.#open(entry)} title=${msg('Open this scenario')}>
                  ${entry.name}</button
                >${active ? html`<span class="badge">${msg('open')}</span>` : nothing}`}
        </td>
        <td>
          <textarea
            rows="1"
            aria-label=${msg(str`Notes on "${entry.name}"`)}
            .value=${entry.notes}
            @change=${(e: Event) => void this.controller?.setNotes(entry.id, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </td>
        <td class="when">${when}</td>
        <td class="size">${msg(str`${n(s.nodes.length)} nodes, ${n(s.links.length)} links, ${n(s.demands.length)} demands`)}</td>
        <td>
          ${this.confirming === entry.id
            ? html`<div class="row-actions" role="group" aria-label=${msg(str`Delete "${entry.name}"?`)}>
                <button type="button" class="danger" @click=${() => void this.#delete(entry)}>${msg('Delete it')}</button>
                <button type="button" class="keep" @click=${() => void this.#cancel(entry)}>${msg('Keep it')}</button>
              </div>`
            : html`<div class="row-actions">
                <button type="button" @click=${() => void this.#duplicate(entry)} aria-label=${msg(str`Duplicate "${entry.name}"`)}>
                  ${msg('Duplicate')}
                </button>
                <button type="button" @click=${() => void this.#startRename(entry)} aria-label=${msg(str`Rename "${entry.name}"`)}>
                  ${msg('Rename…')}
                </button>
                <button type="button" @click=${() => void this.#askDelete(entry)} aria-label=${msg(str`Delete "${entry.name}"`)}>
                  ${msg('Delete…')}
                </button>
              </div>`}
        </td>
      </tr>
    `;
  }

  #renderProblems(): TemplateResult | typeof nothing {
    const failed = this.importProblems;
    if (failed === null) return nothing;
    return html`<div class="problems" role="alert">
      ${msg(str`"${failed.fileName}" was not imported; the workspace is unchanged (${failed.problems.length} problems):`)}
      <ul>
        ${failed.problems.map((p) => html`<li>${p.path !== '' ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
      </ul>
    </div>`;
  }
}

defineElement('corridor-workspace', CorridorWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-workspace': CorridorWorkspace;
  }
}
