import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Scenario } from '../model/types';
import type { AnalysesView } from './analyses/corridor-analyses';
import type { SavedWork } from './autosave';
import { loadWorkspace } from './autosave-controller';
import type { NoticesController } from './notices-controller';
import type { WorkspaceOpenDetail } from './workspace/corridor-workspace';
import type { WorkspaceController } from './workspace/workspace-controller';
import type { WorkspaceEntry } from './workspace/workspace-file';

/** The scenario on screen as a workspace entry keeps it. */
export interface WorkspaceDraft {
  readonly scenario: Scenario;
  readonly baseline: Scenario | null;
  readonly view: AnalysesView | null;
}

/** What the workspace needs of the app. */
export interface WorkspaceHost {
  readonly notices: NoticesController;
  /** localStorage key of the autosave; '' means no storage, so no workspace either. */
  storageKey(): string;
  /** IndexedDB database name; '' for the default. */
  dbName(): string;
  /** The autosave the app opened with (migrated into the workspace on the first start). */
  restored(): SavedWork | null;
  /** The scenario on screen (valid or not). */
  present(): Scenario | null;
  /** The scenario on screen as an entry keeps it, or null when there is none. */
  readonly draft: () => WorkspaceDraft | null;
  /** Opens an entry: one undo step, with its baseline and analysis settings. */
  open(entry: WorkspaceEntry): void;
  /** The panel's own edits (a renamed scenario) go where the editor's go. */
  readonly onEdit: (event: CustomEvent<{ scenario: Scenario }>) => void;
  /** Where the panel and its toggle button are. */
  root(): ParentNode;
}

/**
 * The workspace as the app uses it: the named scenarios kept in IndexedDB
 * (workspace/, a chunk loaded after the first scenario), the panel under the
 * top bar, and which states of the scenario belong to the open entry (the
 * one it opened with and every edit of those: only they are written into it;
 * an undo back past the opening is another scenario's).
 */
export class WorkspacePanel {
  #controller: WorkspaceController | null = null;
  #open = false;
  #entryStates = new WeakSet<Scenario>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly app: WorkspaceHost,
  ) {}

  /** The workspace, or null before its chunk loaded or with storage off. */
  get controller(): WorkspaceController | null {
    return this.#controller;
  }

  get entries(): readonly WorkspaceEntry[] {
    return this.#controller?.entries ?? [];
  }

  /** Whether the panel is open; null when there is no workspace (no toggle button then). */
  get open(): boolean | null {
    return this.#controller === null ? null : this.#open;
  }

  /** Opens the workspace (and migrates old autosaves into it) without holding up the first scenario. */
  start(): void {
    if (this.app.storageKey() === '') return;
    void loadWorkspace()
      .then(({ WorkspaceController }) => {
        this.#controller ??= new WorkspaceController(this.host, {
          storageKey: this.app.storageKey(),
          restored: this.app.restored(),
          ...(this.app.dbName() !== '' ? { dbName: this.app.dbName() } : {}),
          notify: (n) => this.app.notices.note(n.tone, n.text, n.id),
          activated: () => {
            const present = this.app.present();
            this.#entryStates = new WeakSet(present ? [present] : []);
          },
        });
      })
      .catch(() => undefined); // without its chunk the app works as before, autosave included
  }

  /** `scenario` belongs to the open entry (the autosave the app opened with is the entry's). */
  claim(scenario: Scenario): void {
    this.#entryStates.add(scenario);
  }

  /** An edit of a state of the open entry is the entry's too. */
  edited(before: Scenario, after: Scenario): void {
    if (this.#entryStates.has(before)) this.#entryStates.add(after);
  }

  /** A model, a file or a link is not the open entry: its edits must not be written into it. */
  detach(): void {
    this.#controller?.setActive(null);
  }

  /** The scenario on screen was autosaved: the open entry follows, if it is that entry's. */
  written(scenario: Scenario, baseline: Scenario | null): void {
    const present = this.app.present();
    if (present !== null && this.#entryStates.has(present)) void this.#controller?.syncActive({ scenario, baseline, view: this.app.draft()?.view ?? null });
  }

  readonly toggle = async (): Promise<void> => {
    this.#open = !this.#open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // Focus goes into the panel that opened, and back to its button when it closes: never to the page's top.
    if (this.#open) this.app.root().querySelector<HTMLElement>('corridor-workspace')?.focus();
    else this.app.root().querySelector<HTMLElement>('button.workspace-toggle')?.focus();
  };

  render(): TemplateResult | typeof nothing {
    const controller = this.#controller;
    if (!this.#open || controller === null) return nothing;
    return html`<corridor-workspace
      id="workspace"
      part="workspace"
      .controller=${controller}
      .entries=${controller.entries}
      .activeId=${controller.activeId}
      .current=${this.app.draft}
      @corridor-workspace-open=${this.#onOpen}
      @corridor-change=${this.app.onEdit}
    ></corridor-workspace>`;
  }

  /** An entry opened: the states of the scenario that are its start from it. */
  #onOpen = (event: CustomEvent<WorkspaceOpenDetail>): void => {
    const { entry } = event.detail;
    this.#controller?.setActive(entry.id);
    this.#entryStates = new WeakSet([entry.scenario]);
    this.app.open(entry);
  };
}
