import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../model/types';
import { corridorFlowStyles } from './corridor-flow.styles';
import type { EditHistory } from './edit-history';
import { AUTOSAVE_KEY } from './autosave';
import { solveStatusOf } from './solve-status-of';
import { ShareLinkController } from './share-link';
import { createAnalysisRunner, type AnalysisRunner } from './analyses/analysis-runner';
import type { AnalysesView } from './analyses/corridor-analyses';
import type { OpenScenarioDetail } from './analyses/check-panel';
import type { MarginalRangesController } from './marginal-ranges-controller';
import { PinnedBaseController } from './pinned-base';
import { LayoutController } from './layout-controller';
import { layoutStyles } from './layout.styles';
import { ResultSelection } from './result-selection';
import { resultsViewOf } from './results-view-of';
import { renderMain, type EditEvent } from './render-main';
import { elementLocale } from '../components/element-locale';
import { WorkspacePanel } from './workspace-panel';
import type { TopBarExport } from './export-files';
import './analyses/corridor-analyses';
import './components';
import { defineElement } from '../components/define-element';
import { localized, msg } from '../components/i18n';
import { rememberedLanguage } from './language-picker';
import { renderTopBar } from './render-top-bar';
import { renderNotices } from './render-notices';
import type { CorridorChangeDetail, CorridorErrorDetail, CorridorSolvedDetail } from './corridor-flow-events';
import { NoticesController } from './notices-controller';
import { SolveController } from './solve-controller';
import { AutosaveController } from './autosave-controller';
import { ScenarioOpener } from './scenario-opener';
import { isLargeScenarioInput, loadedLargeScenarioChunk } from './large-scenario';
import { NextTaskUpdate } from './next-task-update';
import type { AnswerPair, StagedAnswer } from './staged-answer';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { FileDropController } from './file-drop-controller';
import { DETACHING_ORIGINS } from './scenario-origin';
import { ScenarioState } from './scenario-state';

export type { CorridorChangeDetail, CorridorErrorDetail, CorridorSolvedDetail } from './corridor-flow-events';
export { AUTOSAVE_DEBOUNCE_ITEMS, AUTOSAVE_DELAY_MS } from './autosave-controller';
export { MAX_IMPORT_BYTES } from './scenario-loader';

/** Default of `solveTimeoutMs`: src/client's default limit on one call (not imported: src/client loads lazily). */
const DEFAULT_SOLVE_TIMEOUT_MS = 20_000;

/**
 * @summary The whole corridor-flow app as one element: pick, import or edit a
 * freight network scenario and see how freight splits between the corridors.
 *
 * It solves in a Web Worker (latest edit wins), keeps the last answer on
 * screen while re-solving, keeps solving the last valid scenario while the
 * editor holds an invalid value, has undo/redo (Ctrl+Z, Ctrl+Shift+Z or
 * Ctrl+Y; a slider drag is one step) and autosaves the last valid scenario
 * to `localStorage` (a reload restores it before `src` is consulted), each
 * tab its own: a newer save of another tab is offered, never opened over it.
 *
 * Share: the Share button packs the scenario (and the open analysis) into
 * the page's URL hash (`#share=…`) and copies the link. At start-up such a
 * hash wins over the autosave, which is kept untouched until the user edits
 * the shared scenario; a damaged hash is reported and the app opens as usual.
 *
 * Results beside the levers: on a wide screen the answer, the map, what
 * binds and why stay in view beside the editor; on a narrow one a one-line
 * summary stays at the top. "Pin as base" keeps the answer on screen and
 * shows every later one against it (shares in percentage points, cost in
 * USD/yr, links that gained or lost freight on the map); the pinned base is
 * kept with the tab's work over a reload and travels in a share link. A
 * demand picked in the Why table is traced on the map. How far each
 * marginal value in "What binds" holds is computed (on the analyses' worker
 * pool) while that panel is in view.
 *
 * Analyses (sweep, two-way, sensitivity, compare, N−1, Monte Carlo, the
 * invariant check) run on a pool of solver workers started on first use.
 *
 * @event corridor-change - The user changed the scenario (edit, undo/redo, import, picker).
 *   `detail: { scenario, problems }`; `problems` is empty when the scenario is valid.
 * @event corridor-solved - A solve finished, however the scenario was set. `detail: { scenario, result }`.
 * @event corridor-error - Something failed: an invalid scenario file, a solver timeout or
 *   crash, storage, a part that could not be loaded. `detail: { message, problems? }`.
 *
 * @csspart base - The outer box.
 * @csspart top-bar - The bar with name, picker, import, export, undo/redo and status.
 * @csspart notices - Messages about storage, loading and invalid edits.
 * @csspart answer - The split with total cost, unit cost and unmet demand.
 * @csspart map - The map of the network.
 * @csspart bottlenecks - What binds and what it is worth.
 * @csspart why - Each demand's split, costs and next-best route.
 * @csspart analyses - The Analyses area (tabs).
 * @csspart share - The box with the share link (or why there is none).
 * @csspart workspace - The workspace panel (named scenarios kept in the browser), under the top bar when open.
 * @csspart editor - The scenario editor.
 * @csspart dialog - The dialog that lists an imported file's problems.
 *
 * @cssproperty --corridor-font - Font family (shared with the parts).
 * @cssproperty --corridor-accent - Accent colour of buttons and focus rings.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-subtle-color - Page background (default #f4f6f8).
 * @cssproperty --corridor-surface-color - Background of the panels (default #fff).
 * @cssproperty --corridor-text-color - Text colour (default #1c2430).
 */
@localized()
export class CorridorFlow extends LitElement {
  static override styles = [...corridorFlowStyles, layoutStyles];

  static override properties = {
    src: { type: String, reflect: true },
    storageKey: { type: String, attribute: 'storage-key' },
    modelId: { state: true },
    galleryHref: { type: String, attribute: 'gallery-href' },
    solveTimeoutMs: { type: Number, attribute: 'solve-timeout-ms' },
    analysesView: { state: true },
    workspaceDb: { type: String, attribute: 'workspace-db' },
  };

  /** URL of a scenario file, relative to the page; loaded when there is no autosaved work. */
  declare src: string;
  /** localStorage key of the autosave; an empty string turns autosave off. */
  declare storageKey: string;
  /** URL of the component gallery, linked from the top bar; empty: no link (the default). */
  declare galleryHref: string;
  /**
   * Longest wait for one solve, ms, before the worker is stopped and a
   * fresh one started (default 20,000); a long solve that reports progress
   * (the path method's rounds) waits that long from its last report. Read
   * when the first solve starts the solver.
   */
  declare solveTimeoutMs: number;

  /** Which `models/` file the scenario came from, or '' (imported, restored, set). */
  declare private modelId: string;
  /** The analyses' tab and sweep settings a share link or a workspace entry opened with. */
  declare private analysesView: AnalysesView | null;
  /** IndexedDB database of the workspace; empty: the default. No workspace when `storageKey` is empty. */
  declare workspaceDb: string;

  #started = false;
  // The element's events are made in this file (the controllers tell, the element fires): the API docs read their types here.
  /** Messages under the top bar, and `corridor-error`. */
  readonly #notices = new NoticesController(this, (detail) => this.dispatchEvent(new CustomEvent<CorridorErrorDetail>('corridor-error', { detail, bubbles: true, composed: true })));
  /** The scenario, its undo history, its problems and the baseline the editor measures against. */
  readonly #scenario: ScenarioState = new ScenarioState(this, {
    notices: this.#notices,
    replaced: (origin) => {
      this.#solver.replaced();
      // A model, a file or a link is not the open workspace entry: its edits must not be written into it.
      if (DETACHING_ORIGINS.has(origin)) this.#workspace.detach();
    },
    historyChanged: () => this.#autosave.historyChanged(),
    userChanged: () => this.#opener.releaseShare(),
    edited: (before, after) => this.#workspace.edited(before, after),
    valid: (scenario) => {
      this.#autosave.save(scenario);
      // Before the first update #start solves (and a detached element starts no worker).
      if (this.#started && this.isConnected) void this.solve();
    },
    validatedWhole: () => this.#nextTask.defer(),
    changed: (detail) => this.dispatchEvent(new CustomEvent<CorridorChangeDetail>('corridor-change', { detail, bubbles: true, composed: true })),
  });
  /** The app's solver (latest edit wins) and the answer on screen. */
  readonly #solver = new SolveController(this, {
    timeoutMs: () => this.solveTimeoutMs,
    latest: () => this.#scenario.lastValid,
    error: (message) => this.#notices.error(message),
    solved: (detail) => {
      // A large answer was just read off its message (tens of ms): it is drawn in the next task.
      if (isLargeScenarioInput(detail.scenario)) {
        this.#nextTask.defer();
        this.#stagedAnswer()?.stage(this.#drawn);
      }
      this.dispatchEvent(new CustomEvent<CorridorSolvedDetail>('corridor-solved', { detail, bubbles: true, composed: true }));
    },
  });
  /** The tab's work kept over a reload: the autosave and the undo history. */
  readonly #autosave: AutosaveController = new AutosaveController({
    notices: this.#notices,
    storageKey: () => this.storageKey,
    src: () => this.src,
    history: () => this.#scenario.history,
    setHistory: (history) => (this.#scenario.history = history),
    baseline: () => this.#scenario.baseline,
    written: (scenario, baseline) => this.#workspace.written(scenario, baseline),
    open: (work) => this.#opener.openSaved(work),
  });
  /** The named scenarios kept in IndexedDB, their panel, and which states belong to the open entry. */
  readonly #workspace: WorkspacePanel = new WorkspacePanel(this, {
    notices: this.#notices,
    storageKey: () => this.storageKey,
    dbName: () => this.workspaceDb,
    restored: () => this.#opener.restoredWork,
    present: () => this.#scenario.history?.present ?? null,
    draft: () => {
      const scenario = this.#scenario.history?.present;
      return scenario ? { scenario, baseline: this.#scenario.baseline, view: this.#analysesNow() } : null;
    },
    open: (entry) => this.#opener.openEntry(entry),
    onEdit: (event) => this.#onEdit(event),
    root: () => this.renderRoot,
  });
  /** Where the analyses run: a worker pool started on the first batch. */
  readonly #runner: AnalysisRunner = createAnalysisRunner();
  /** The answer the user pinned to compare against ("Pin as base"), kept with the tab's work. */
  readonly #pinned = new PinnedBaseController(this, () => this.storageKey);
  /** What the user picked: the item selected, the demand traced on the map. */
  readonly #picked = new ResultSelection(this, () => this.renderRoot);
  /** Opening a scenario: from the page, a file or URL, the autosave, a link, the workspace, an analysis. */
  readonly #opener: ScenarioOpener = new ScenarioOpener({
    notices: this.#notices,
    scenario: this.#scenario,
    autosave: this.#autosave,
    workspace: this.#workspace,
    pinned: this.#pinned,
    runner: this.#runner,
    root: () => this.renderRoot,
    requestUpdate: () => this.requestUpdate(),
    src: () => this.src,
    setModelId: (modelId) => (this.modelId = modelId),
    showView: (analyses, selected) => {
      this.analysesView = analyses;
      if (selected !== null) this.#picked.selected = selected;
    },
  });
  /** The Share button's link (or why there is none), in its box under the top bar. */
  readonly #shareLink = new ShareLinkController(this, {
    scenario: () => this.#scenario.lastValid,
    pinned: () => (this.#pinned.base === null ? null : { scenario: this.#pinned.base.scenario, name: this.#pinned.base.name }),
    view: () => {
      const analyses = this.#analysesNow();
      return {
        ...(analyses ? { analyses } : {}),
        ...(this.#picked.selected ? { selected: this.#picked.selected } : {}),
      };
    },
    failed: (message) => {
      this.#notices.note('error', message, 'share-failed');
      this.#notices.error(message);
    },
    exportScenario: () => void this.#export('scenario'),
  });
  /** Keeps what sticks under the top bar just under it. */
  readonly #layout = new LayoutController(this, () => this.renderRoot.querySelector('.top-bar'));
  readonly #keys = new KeyboardShortcuts(this, { undo: () => this.#scenario.undo(), redo: () => this.#scenario.redo(), root: () => this.renderRoot });
  readonly #drop = new FileDropController(this, (file) => void this.#opener.loader.importFile(file));
  /** How far each binding capacity's marginal value holds, for "What binds" (re-solves on the runner's pool, while it is in view). */
  #ranges: MarginalRangesController | null = null;
  /** A whole scenario just validated or a large answer just read is drawn in the next task. */
  readonly #nextTask = new NextTaskUpdate();
  /** A large answer reaches the results column's parts one task each: made with the first (see #stagedAnswer). */
  #staged: StagedAnswer | null = null;
  /** The scenario and answer the results column drew last. */
  #drawn: AnswerPair = { scenario: null, result: null };

  constructor() {
    super();
    this.src = '';
    this.storageKey = AUTOSAVE_KEY;
    this.modelId = '';
    this.galleryHref = '';
    this.solveTimeoutMs = DEFAULT_SOLVE_TIMEOUT_MS;
    this.analysesView = null;
    this.workspaceDb = '';
  }

  /**
   * The scenario as the editor shows it (may be invalid after a user edit).
   * Setting it validates it: a valid scenario replaces the current one (one
   * undo step) and is solved; an invalid one changes nothing and fires
   * `corridor-error` with the problems. Setting it never fires `corridor-change`.
   * A large scenario (2,000 nodes, links and demands or more) is validated
   * after the setter returns, in slices that keep the page responsive: until
   * then the getter and `result` still give the scenario before it, and a
   * newer scenario or edit drops it; `corridor-solved` or `corridor-error`
   * says how it went.
   */
  get scenario(): Scenario | null {
    return this.#scenario.history?.present ?? null;
  }

  set scenario(value: Scenario | null) {
    if (value === null) return;
    this.#opener.adopt(value, 'property', 'The scenario');
  }

  /** The last answer on screen (for the last valid scenario); null before the first solve. */
  get result(): Result | null {
    return this.#solver.current()?.result ?? null;
  }

  /**
   * Solves the last valid scenario now. Resolves with its result, or with the
   * newer one's when a newer solve overtakes it; null when there is no
   * scenario or the solver failed (then `corridor-error` says why).
   */
  solve(): Promise<Result | null> {
    const scenario = this.#scenario.lastValid;
    return scenario === null ? Promise.resolve(null) : this.#solver.solve(scenario);
  }

  override connectedCallback(): void {
    // The reader's earlier choice in the top bar, unless the page set this element's language itself.
    const remembered = this.hasAttribute('lang') ? null : rememberedLanguage();
    if (remembered !== null) this.lang = remembered;
    super.connectedCallback();
    // A chunk of its own (the page's first script stays small); it adds itself to this element's controllers.
    void import('./marginal-ranges-controller').then(({ MarginalRangesController }) => {
      this.#ranges ??= new MarginalRangesController(
        this,
        () => ({ scenario: this.#solver.shown?.scenario ?? null, result: this.#solver.shown?.result ?? null }),
        () => this.#runner.solveMany,
        () => this.renderRoot.querySelector('section.bottlenecks'),
      );
    });
    this.#autosave.connected();
    // The first start waits for the first update, so that `src` or `scenario` set just after
    // the element is defined (as main.ts does) is seen before the autosave is chosen.
    if (this.#started && this.#scenario.lastValid !== null) void this.solve();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#autosave.disconnected();
    this.#solver.disconnected();
    // The runner stays: it starts fresh workers on its next batch after a reconnection.
    this.#runner.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#started) {
      this.#started = true;
      this.#start();
      return;
    }
    if (changed.has('src')) this.#opener.loader.srcChanged();
  }

  protected override updated(): void {
    this.#opener.showImportDialog();
  }

  /** Also waits for every part of the results column to draw a large answer. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#staged?.complete === false) {
      await this.#staged.done();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The staged answer, from large-scenario-chunk.ts: asked for with a large scenario set as a whole (ScenarioState),
   * or by the first pause in unpacking a large answer (one opened otherwise: the autosave, an entry, a link), it has
   * arrived before the answer is drawn; if it has not (or cannot), a large answer is drawn in one update.
   */
  #stagedAnswer(): StagedAnswer | null {
    const chunk = loadedLargeScenarioChunk();
    return chunk && (this.#staged ??= new chunk.StagedAnswer(this));
  }

  protected override async scheduleUpdate(): Promise<void> {
    const wait = this.#nextTask.take();
    if (wait !== null) await wait;
    super.scheduleUpdate();
  }

  // ---------------------------------------------------------------- the scenario

  /** First scenario: one set by property before connection, else what the loader finds (a link, the autosave, `src`). */
  #start(): void {
    this.#autosave.start();
    this.#workspace.start();
    if (this.#scenario.history !== null) void this.solve();
    this.#opener.start();
  }

  /** The analyses' open tab and settings, as a workspace entry keeps them. */
  #analysesNow(): AnalysesView | null {
    const view = this.renderRoot.querySelector('corridor-analyses')?.view;
    return view && Object.keys(view).length > 0 ? view : null;
  }

  // ---------------------------------------------------------------- user actions

  #onEdit = (event: EditEvent): void => {
    // Re-fired from this element with the validation outcome added.
    event.stopPropagation();
    this.#scenario.edit(event.detail.scenario, event.detail.phase ?? 'none');
  };

  /** The top bar's Export menu (export-files.ts, a chunk of its own loaded on the first export). */
  #export = async (kind: TopBarExport): Promise<void> => {
    const { exportFile } = await import('./export-files');
    exportFile(kind, {
      scenario: this.#scenario.history?.present ?? null,
      model: this.#opener.modelScenario,
      shown: this.#solver.shown,
      map: this.renderRoot.querySelector('corridor-map'),
      split: this.renderRoot.querySelector('corridor-split'),
    });
  };

  #onOpenScenario = (event: CustomEvent<OpenScenarioDetail>): void => {
    event.stopPropagation();
    this.#opener.openCounterExample(event.detail);
  };

  /** An analysis failed to load: shown here too, and left to reach the page as the element's own `corridor-error`. */
  #onAnalysesError = (event: CustomEvent<CorridorErrorDetail>): void => {
    this.#notices.note('error', event.detail.message);
  };

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    return html`
      <div part="base" class="base ${this.#drop.dragging ? 'dragging' : ''}" tabindex="-1">
        ${this.#renderTopBar()} ${this.#workspace.render()} ${this.#shareLink.render()}
        ${renderNotices(this.#notices.list, this.#scenario.problems.length, this.#notices.dismiss)}
        ${this.#scenario.history === null
          ? html`<main class="empty">
              <p>${msg('Open a model from the list above or import a scenario file (JSON), or drop one here.')}</p>
            </main>`
          : this.#renderMain(this.#scenario.history)}
        ${this.#opener.renderImportDialog()}
        <div class="drop-hint" aria-hidden="true">${msg('Drop a scenario file (JSON) to import it')}</div>
      </div>
    `;
  }

  #renderMain(history: EditHistory<Scenario>): TemplateResult {
    const shown = resultsViewOf({
      solver: this.#solver,
      lastValid: this.#scenario.lastValid,
      pinned: this.#pinned,
      picked: this.#picked,
      ranges: this.#ranges,
      chunkLoaded: () => this.requestUpdate(),
    });
    const drawn = (this.#drawn = { scenario: shown.scenario, result: shown.result });
    const results = { ...shown, later: this.#staged?.pairsFor(drawn) ?? { bottlenecks: drawn, why: drawn, map: drawn } };
    return renderMain({
      results,
      locale: elementLocale(this),
      draft: history.present,
      baseline: this.#scenario.baseline,
      problems: this.#scenario.problems,
      lastValid: this.#scenario.lastValid,
      analysesResult: this.#solver.shown?.scenario === this.#scenario.lastValid ? results.result : null,
      runner: this.#runner,
      workspace: this.#workspace.entries,
      analysesView: this.analysesView,
      onEdit: this.#onEdit,
      onOpenScenario: this.#onOpenScenario,
      onAnalysesError: this.#onAnalysesError,
    });
  }

  #renderTopBar(): TemplateResult {
    const shown = this.#solver.current();
    return renderTopBar(this, {
      name: this.scenario?.name ?? null,
      modelId: this.modelId,
      edited: this.#scenario.history !== null && this.#scenario.history.present !== this.#opener.modelScenario,
      hasScenario: this.#scenario.history !== null,
      hasResult: this.#solver.shown !== null,
      canShare: this.#scenario.lastValid !== null,
      canUndo: (this.#scenario.history?.past.length ?? 0) > 0,
      canRedo: (this.#scenario.history?.future.length ?? 0) > 0,
      workspaceOpen: this.#workspace.open,
      galleryHref: this.galleryHref,
      status: solveStatusOf(this.#solver.solving, shown?.result ?? null, this.#solver.failure, this.#scenario.problems.length, this.#solver, this.#opener.checking),
      onPick: this.#opener.loader.pick,
      onFileChosen: this.#opener.onFileChosen,
      onExport: (kind) => void this.#export(kind),
      onToggleWorkspace: () => void this.#workspace.toggle(),
      onShare: () => void this.#shareLink.share(),
      onUndo: () => this.#scenario.undo(),
      onRedo: () => this.#scenario.redo(),
      onCancelSolve: () => this.#solver.cancel(),
    });
  }

}

defineElement('corridor-flow', CorridorFlow);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-flow': CorridorFlow;
  }
}
