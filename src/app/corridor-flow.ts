import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ParseOutcome, Problem, Result, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { formatProblem } from '../model/format-problem';
import { formatSize, formatSizeOver } from '../model/format-size';
import { knownFieldsOnly } from '../model/known-fields-only';
import type { SolverClient } from '../client';
import { SolverClientError } from '../client/solver-client-error';
import { corridorFlowStyles } from './corridor-flow.styles';
import { startHistory, recordEdit, undo, redo, type EditHistory, type EditPhase } from './edit-history';
import { AUTOSAVE_KEY, readAutosave, tabId, tabKey, writeAutosave, type AutosaveRead, type SavedWork } from './autosave';
import type { OfferHost, SaveMessage } from './saved-work-offers';
import { validateEdit, type Validated } from './validate-edit';
import { MODEL_FILES } from './model-files';
import { solveStatusOf, type SolveStatusView } from './solve-status-of';
import type { DecodeShareOutcome } from './share-url';
import { loadShareUrl, ShareLinkController } from './share-link';
import { loadClient } from './load-client';
import { createAnalysisRunner, type AnalysisRunner } from './analyses/analysis-runner';
import type { AnalysesView } from './analyses/corridor-analyses';
import type { OpenScenarioDetail } from './analyses/check-panel';
import { readAnalysesView } from './analyses/read-analyses-view';
import type { MarginalRangesController } from './marginal-ranges-controller';
import { PinnedBaseController } from './pinned-base';
import { LayoutController } from './layout-controller';
import { layoutStyles } from './layout.styles';
import { renderResults, type Selection } from './render-results';
import { renderSummaryBar } from './render-summary-bar';
import { elementLocale } from '../components/element-locale';
import type { WorkspaceController } from './workspace/workspace-controller';
import type { WorkspaceOpenDetail } from './workspace/corridor-workspace';
import type { TopBarExport } from './export-files';
import './analyses/corridor-analyses';
import './components';
import { defineElement } from '../components/define-element';
import { localized, msg, str } from '../components/i18n';
import { rememberedLanguage } from './language-picker';
import { renderTopBar } from './render-top-bar';
import { renderImportDialog, renderNotices, type ImportFailure, type Notice } from './render-notices';

/** Default of `solveTimeoutMs`: src/client's default limit on one call (not imported: src/client loads lazily). */
const DEFAULT_SOLVE_TIMEOUT_MS = 20_000;

/** Largest scenario file accepted by import, bytes: far above any real network, small enough to never hang a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Who set the scenario; user actions also fire `corridor-change`. */
type Origin = 'property' | 'src' | 'autosave' | 'saved' | 'share' | 'picker' | 'import' | 'edit' | 'undo' | 'counter-example';

/** Origins that give a new starting point for the editor's "scenario value" ticks and reset buttons. */
const BASELINE_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['property', 'src', 'share', 'picker', 'import', 'saved']);

/** Origins that are the user's own actions: they fire `corridor-change` and end a share link's hold on the autosave. */
const USER_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['edit', 'undo', 'import', 'picker', 'counter-example', 'saved']);

/** Origins of a scenario that is not the open workspace entry's. */
const DETACHING_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['property', 'src', 'share', 'picker', 'import']);

/** Name of the BroadcastChannel on which each app tells the others of its saves. */
const SAVES_CHANNEL = 'corridor-flow:autosave';

/** saved-work-offers.ts is a chunk of its own, loaded when there may be work of another tab to offer. */
const loadOffers = () => import('./saved-work-offers');

/** The workspace (IndexedDB) and the undo history kept over a reload: one chunk, loaded after the first scenario. */
const loadWorkspace = () => import('./workspace/workspace-chunk');

/** Quiet time after the last edit before the undo history is written to sessionStorage, ms. */
const HISTORY_SAVE_DELAY_MS = 300;


/**
 * A scenario with more nodes, links and demands than this is autosaved
 * AUTOSAVE_DELAY_MS after the last edit or undo rather than on each one:
 * writing one of 2,500 items (serialising it to localStorage) takes ~10 ms,
 * which typing would pay on every keystroke. Smaller ones are written at once.
 */
export const AUTOSAVE_DEBOUNCE_ITEMS = 400;
/** Quiet time after the last edit of a large scenario before it is autosaved, ms. */
export const AUTOSAVE_DELAY_MS = 500;

/** Origins that come in bursts (typing, holding Ctrl+Z): a large scenario's autosave waits for the last. */
const BURST_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['edit', 'undo']);


/** `detail` of `corridor-solved`. */
export interface CorridorSolvedDetail {
  readonly scenario: Scenario;
  readonly result: Result;
}

/** `detail` of `corridor-error`. */
export interface CorridorErrorDetail {
  readonly message: string;
  readonly problems?: readonly Problem[];
}

/** `detail` of `corridor-change`. */
export interface CorridorChangeDetail {
  /** The scenario as the user left it; may be invalid (then `problems` is non-empty). */
  readonly scenario: Scenario;
  readonly problems: readonly Problem[];
}

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
 * USD/yr, links that gained or lost freight on the map). A demand picked in
 * the Why table is traced on the map.
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
    history: { state: true },
    lastValid: { state: true },
    problems: { state: true },
    shown: { state: true },
    solving: { state: true },
    failure: { state: true },
    notices: { state: true },
    selected: { state: true },
    importFailure: { state: true },
    dragging: { state: true },
    modelId: { state: true },
    galleryHref: { type: String, attribute: 'gallery-href' },
    solveTimeoutMs: { type: Number, attribute: 'solve-timeout-ms' },
    analysesView: { state: true },
    traced: { state: true },
    workspaceOpen: { state: true },
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
   * fresh one started (default 20,000). Read when the first solve starts the
   * solver.
   */
  declare solveTimeoutMs: number;

  declare private history: EditHistory<Scenario> | null;
  /** The newest valid scenario: what is solved while the editor holds an invalid one. */
  declare private lastValid: Scenario | null;
  /** Problems of `history.present` (empty when it is valid). */
  declare private problems: readonly Problem[];
  /**
   * The last delivered answer and the scenario it answers. Shown only while
   * it answers the current scenario, or an earlier edit of it that is being
   * re-solved (`#shownLineage`): never under another scenario's name.
   */
  declare private shown: CorridorSolvedDetail | null;
  declare private solving: boolean;
  /** Why the last solve gave no result (timeout, crash), null otherwise. */
  declare private failure: string | null;
  declare private notices: readonly Notice[];
  declare private selected: Selection | null;
  /** The demand whose routes the map traces (picked in the "Why" table); null: the editor's selected demand, if any. */
  declare private traced: string | null;
  declare private importFailure: ImportFailure | null;
  declare private dragging: boolean;
  /** Which `models/` file the scenario came from, or '' (imported, restored, set). */
  declare private modelId: string;
  /** The analyses' tab and sweep settings a share link or a workspace entry opened with. */
  declare private analysesView: AnalysesView | null;
  declare private workspaceOpen: boolean;
  /** IndexedDB database of the workspace; empty: the default. No workspace when `storageKey` is empty. */
  declare workspaceDb: string;

  /** Made on the first solve, once `src/client` is loaded (see load-client.ts); none before, so no worker either. */
  #client: SolverClient | null = null;
  /** Counts disconnections: a solve whose client arrives after one must not start a worker for a detached element. */
  #disconnections = 0;
  #started = false;
  #loadedSrc: string | null = null;
  #latestSolve: Promise<Result | null> = Promise.resolve(null);
  #inFlight = 0;
  #noticeCount = 0;
  #loadToken = 0;
  /**
   * Counts scenarios that replace the one on screen (a model picked, a file
   * imported, a link, the autosave, a property set); edits and undo keep it.
   * An answer is shown for the scenario's own lineage only.
   */
  #lineage = 0;
  /** The lineage of the scenario `shown` answers. */
  #shownLineage = -1;
  /** This tab's id (see `tabId`), read at start; the autosave keeps each tab's work apart by it. */
  #tab: string | null = null;
  /** Where other tabs (and other apps of this page) announce their saves; open while connected. */
  #saves: BroadcastChannel | null = null;
  /** The named scenarios kept in IndexedDB; made at start unless storage is off. */
  #workspace: WorkspaceController | null = null;
  /** The undo history waiting to be written to sessionStorage (see saved-history.ts). */
  #historyTimer: ReturnType<typeof setTimeout> | null = null;
  /** The scenario as the model file gave it: the menu and exports say "edited" once it differs. */
  #modelScenario: Scenario | null = null;
  /**
   * The states of the scenario that belong to the open workspace entry: the
   * one it opened with and every edit of those. Only they are written into
   * the entry; an undo back past the opening is another scenario's.
   */
  #entryStates = new WeakSet<Scenario>();
  /** Where the analyses run: a worker pool started on the first batch. */
  readonly #runner: AnalysisRunner = createAnalysisRunner();
  /** The answer the user pinned to compare against ("Pin as base"). */
  readonly #pinned = new PinnedBaseController(this, () => this.storageKey);
  /** The Share button's link (or why there is none), in its box under the top bar. */
  readonly #shareLink = new ShareLinkController(this, {
    scenario: () => this.lastValid,
    pinned: () => (this.#pinned.base === null ? null : { scenario: this.#pinned.base.scenario, name: this.#pinned.base.name }),
    view: () => {
      const analyses = this.renderRoot.querySelector('corridor-analyses')?.view;
      return {
        ...(analyses && Object.keys(analyses).length > 0 ? { analyses } : {}),
        ...(this.selected ? { selected: this.selected } : {}),
      };
    },
    failed: (message) => {
      this.#note('error', message, 'share-failed');
      this.#emitError(message);
    },
    exportScenario: () => void this.#export('scenario'),
  });
  /** Keeps what sticks under the top bar just under it. */
  readonly #layout = new LayoutController(this, () => this.renderRoot.querySelector('.top-bar'));
  /** How far each binding capacity's marginal value holds, for "What binds" (re-solves on the runner's pool). */
  #ranges: MarginalRangesController | null = null;
  /**
   * True while the scenario on screen came from a share link and the user
   * has not changed it: the autosave (their own earlier work) is then left
   * as it was, and the link stays in the address bar.
   */
  #holdAutosave = false;
  /** The scenario the editor measures changes against (see BASELINE_ORIGINS). */
  #baseline: Scenario | null = null;
  /** The newest valid scenario with its full validation outcome: an edit of one number of it is checked alone (validate-edit.ts). */
  #validated: Validated | null = null;
  /** A large scenario's autosave waiting for the edits to pause; written by #flushAutosave. */
  #pendingSave: { readonly key: string; readonly scenario: Scenario; readonly baseline: Scenario | null; readonly timer: ReturnType<typeof setTimeout> } | null =
    null;

  constructor() {
    super();
    this.src = '';
    this.storageKey = AUTOSAVE_KEY;
    this.history = null;
    this.lastValid = null;
    this.problems = [];
    this.shown = null;
    this.solving = false;
    this.failure = null;
    this.notices = [];
    this.selected = null;
    this.traced = null;
    this.importFailure = null;
    this.dragging = false;
    this.modelId = '';
    this.galleryHref = '';
    this.solveTimeoutMs = DEFAULT_SOLVE_TIMEOUT_MS;
    this.analysesView = null;
    this.workspaceOpen = false;
    this.workspaceDb = '';
    this.addEventListener('keydown', this.#onKeydown);
    this.addEventListener('dragover', this.#onDragOver);
    this.addEventListener('dragleave', this.#onDragLeave);
    this.addEventListener('drop', this.#onDrop);
  }

  /**
   * The scenario as the editor shows it (may be invalid after a user edit).
   * Setting it validates it: a valid scenario replaces the current one (one
   * undo step) and is solved; an invalid one changes nothing and fires
   * `corridor-error` with the problems. Setting it never fires `corridor-change`.
   */
  get scenario(): Scenario | null {
    return this.history?.present ?? null;
  }

  set scenario(value: Scenario | null) {
    if (value === null) return;
    this.#adopt(value, 'property', 'The scenario');
  }

  /** The last answer on screen (for the last valid scenario); null before the first solve. */
  get result(): Result | null {
    return this.#current()?.result ?? null;
  }

  /**
   * Solves the last valid scenario now. Resolves with its result, or with the
   * newer one's when a newer solve overtakes it; null when there is no
   * scenario or the solver failed (then `corridor-error` says why).
   */
  solve(): Promise<Result | null> {
    const scenario = this.lastValid;
    if (scenario === null) return Promise.resolve(null);
    const run = this.#solve(scenario);
    this.#latestSolve = run;
    return run;
  }

  /** With nothing focused (focus on the body) the shortcuts still reach the first app on the page. */
  #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.composedPath().includes(this)) return; // the element's own listener has it
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    if (document.querySelector('corridor-flow') !== this) return;
    this.#onKeydown(event);
  };

  override connectedCallback(): void {
    // The reader's earlier choice in the top bar, unless the page set this element's language itself.
    const remembered = this.hasAttribute('lang') ? null : rememberedLanguage();
    if (remembered !== null) this.lang = remembered;
    super.connectedCallback();
    // A chunk of its own (the page's first script stays small); it adds itself to this element's controllers.
    void import('./marginal-ranges-controller').then(({ MarginalRangesController }) => {
      this.#ranges ??= new MarginalRangesController(this, () => ({ scenario: this.shown?.scenario ?? null, result: this.shown?.result ?? null }), () => this.#runner.solveMany, () => this.renderRoot.querySelector('section.bottlenecks'));
    });
    document.addEventListener('keydown', this.#onDocumentKeydown);
    // A tab closed, reloaded or sent to the background: a waiting autosave is written now.
    window.addEventListener('pagehide', this.#flushAutosave);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (typeof BroadcastChannel !== 'undefined') {
      this.#saves = new BroadcastChannel(SAVES_CHANNEL);
      this.#saves.addEventListener('message', this.#onOtherSave);
    }
    // The first start waits for the first update, so that `src` or `scenario` set just after
    // the element is defined (as main.ts does) is seen before the autosave is chosen.
    if (this.#started && this.lastValid !== null) void this.solve();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    window.removeEventListener('pagehide', this.#flushAutosave);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#flushAutosave();
    this.#saves?.close();
    this.#saves = null;
    this.#disconnections++;
    this.#client?.dispose();
    this.#client = null;
    // The runner stays: it starts fresh workers on its next batch after a reconnection.
    this.#runner.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#started) {
      this.#started = true;
      this.#start();
      return;
    }
    // A `src` set after start (a page switching models) loads at once.
    if (changed.has('src') && this.#started && this.src !== '' && this.src !== this.#loadedSrc) {
      void this.#loadUrl(this.src, 'src', modelIdOf(this.src));
    }
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.import-errors');
    if (dialog && this.importFailure !== null && !dialog.open) dialog.showModal();
  }

  // ---------------------------------------------------------------- loading

  /**
   * First scenario: one set by property before connection, else a `#share=`
   * link in the page's address, else the autosave, else `src`.
   */
  #start(): void {
    // The `src` present at start is settled here (loaded or overridden), not again in willUpdate.
    this.#loadedSrc = this.src;
    // Known before anything is saved, however the first scenario comes (see writeAutosave).
    if (this.storageKey !== '') this.#tab = tabId();
    this.#startWorkspace();
    // Pinned before a reload: the comparison comes back with the tab's work (a link's own base replaces it).
    this.#pinned.restore(this.#solvePinned);
    if (this.history !== null) {
      void this.solve();
      return;
    }
    const hash = typeof location === 'undefined' ? '' : location.hash;
    if (hash.startsWith('#share=')) {
      // Unpacking is asynchronous (share-url.ts); the autosave and `src` wait for it, so the link wins.
      void this.#openShareLink(hash);
      return;
    }
    this.#openSavedOrSrc();
  }

  /** The autosave the app opened with, as it was read (the app saves it again at once, under a new time). */
  #restoredWork: SavedWork | null = null;

  /** Opens the workspace (and migrates old autosaves into it) without holding up the first scenario. */
  #startWorkspace(): void {
    if (this.storageKey === '') return;
    void loadWorkspace()
      .then(({ WorkspaceController }) => {
        this.#workspace ??= new WorkspaceController(this, {
          storageKey: this.storageKey,
          restored: this.#restoredWork,
          ...(this.workspaceDb !== '' ? { dbName: this.workspaceDb } : {}),
          notify: (n) => this.#note(n.tone, n.text, n.id),
          activated: () => {
            this.#entryStates = new WeakSet(this.history ? [this.history.present] : []);
          },
        });
      })
      .catch(() => undefined); // without its chunk the app works as before, autosave included
  }

  /**
   * This tab's own autosaved work (a reload), else the newest saved by any
   * tab (a new tab: every save goes to the shared key first); the other
   * saved works are offered, never opened over it. Entries that cannot be
   * used are put aside and reported, and the app opens as if they were not
   * there.
   */
  #openSavedOrSrc(): void {
    if (this.storageKey !== '') {
      const shared = readAutosave(() => localStorage, this.storageKey);
      const own = this.#tab === null ? shared : readAutosave(() => localStorage, tabKey(this.storageKey, this.#tab));
      const chosen = own.kind === 'restored' ? own : shared.kind === 'restored' ? shared : null;
      for (const read of own === shared ? [shared] : [shared, own]) this.#reportAutosave(read, chosen === null);
      if (chosen !== null) {
        this.#note('info', msg('Restored your autosaved scenario. Pick a model to start again from a file.'));
        this.#baseline = chosen.baseline;
        this.#restoredWork = chosen;
        this.#replace(chosen.scenario, 'autosave', true);
        this.#entryStates.add(chosen.scenario);
        this.#restoreHistory(chosen.scenario);
        void loadOffers()
          .then((offers) => offers.offerOtherSaves(this.#offers(), chosen))
          .catch(() => undefined); // offers are a courtesy: without their chunk the app works as before
        return;
      }
    }
    if (this.src !== '') void this.#loadUrl(this.src, 'src', modelIdOf(this.src));
  }

  #reportAutosave(read: AutosaveRead, opensSrc: boolean): void {
    switch (read.kind) {
      case 'corrupt':
        this.#note(
          'warning',
          msg(str`Your autosaved scenario could not be read: ${read.reason}.`) +
            (read.backupKey ? ` ${msg(str`The stored text was kept in localStorage under "${read.backupKey}".`)}` : '') +
            (opensSrc && this.src ? ` ${msg('The default model was opened instead.')}` : ''),
        );
        this.#emitError(`Autosave could not be read: ${read.reason}`);
        break;
      case 'unavailable':
        this.#note('warning', msg(str`Autosave is off: ${read.reason}. Export the scenario to keep your work.`));
        break;
      case 'empty':
      case 'restored':
        break;
    }
  }

  /** Another tab (or app) saved: its work is offered here (see saved-work-offers.ts). */
  #onOtherSave = (event: MessageEvent<SaveMessage>): void => {
    const message = event.data;
    if (message?.key !== this.storageKey || this.storageKey === '' || message.tab === this.#tab) return;
    void loadOffers()
      .then((offers) => offers.offerOtherTabSave(this.#offers(), message))
      .catch(() => undefined);
  };

  /** This app as saved-work-offers.ts sees it. */
  #offers(): OfferHost {
    return {
      storageKey: this.storageKey,
      tab: this.#tab,
      note: (text, id, action) => this.#note('info', text, id, action),
      dismiss: (id) => this.#dismiss(id),
      open: (work) => this.#openSaved(work),
      report: (read) => this.#reportAutosave(read, false),
      warn: (text) => this.#note('warning', text),
    };
  }

  /** Opens saved work here, as one undo step. */
  #openSaved(work: SavedWork): void {
    this.#baseline = work.baseline;
    this.#replace(work.scenario, 'saved', false);
    this.modelId = '';
  }

  /**
   * Opens the scenario of the `#share=` link the page was opened with. A
   * damaged link is reported and the app starts as it would without it.
   */
  async #openShareLink(hash: string): Promise<void> {
    const loads = this.#loadToken;
    let decoded: DecodeShareOutcome;
    try {
      const shareUrl = await loadShareUrl();
      decoded = await shareUrl.decodeShare(hash, (id) => shareUrl.loadShareBase(id));
    } catch (error) {
      decoded = { ok: false, message: `the code that opens links could not be loaded (${error instanceof Error ? error.message : String(error)})` };
    }
    // A scenario set or a load started while the link was unpacked (by the page, or the user
    // picking or importing one) came later than the link: it stands.
    const overtaken = this.history !== null || this.#loadToken !== loads;
    if (!decoded.ok) {
      const message = `The shared link could not be opened: ${decoded.message}. The app opened as usual.`;
      this.#note('error', msg(str`The shared link could not be opened: ${decoded.message}. The app opened as usual.`), 'share-link');
      this.#emitError(message);
      if (!overtaken) this.#openSavedOrSrc();
      return;
    }
    if (overtaken) return;
    const { scenario, view } = decoded.state;
    this.analysesView = readAnalysesView(view?.analyses);
    const selected = view?.selected as Partial<Selection> | undefined;
    if (selected && ['node', 'link', 'corridor', 'demand'].includes(selected.kind ?? '') && typeof selected.id === 'string') {
      this.selected = { kind: selected.kind!, id: selected.id };
    }
    this.#holdAutosave = true;
    this.#baseline = scenario;
    this.#replace(scenario, 'share', true);
    this.#note(
      'info',
      msg('Opened the scenario shared in the link. Your own autosaved work is kept as it was until you change this scenario; pick a model to leave it.'),
      'share-link',
    );
    for (const warning of decoded.warnings.filter((w) => w.path === '' || w.path === 'pinned')) {
      this.#note('warning', msg(str`The shared link: ${warning.message}.`), `share-${warning.path || 'base'}`);
    }
    if (decoded.state.pinned) this.#pinned.adopt(decoded.state.pinned, this.#solvePinned);
  }

  /**
   * A pinned base that came without its answer (a link, a storage too full
   * for it), solved on the analyses' pool: the app's own solver answers the
   * latest scenario only, and a second solve there would make the first stale.
   */
  #solvePinned = async (scenario: Scenario): Promise<Result | null> => {
    const [result] = await this.#runner.solveMany([scenario]);
    return result ?? null;
  };

  async #loadUrl(url: string, origin: 'src' | 'picker', modelId: string): Promise<void> {
    const token = ++this.#loadToken;
    if (origin === 'src') this.#loadedSrc = url;
    const label = modelId !== '' ? `The model "${modelId}"` : `The scenario file ${url}`;
    let text: string;
    try {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (token !== this.#loadToken) return;
      const reason = error instanceof Error ? error.message : String(error);
      const message = `${label} could not be loaded: ${reason}.`;
      this.#note('error', modelId !== '' ? msg(str`The model "${modelId}" could not be loaded: ${reason}.`) : msg(str`The scenario file ${url} could not be loaded: ${reason}.`));
      this.#emitError(message);
      return;
    }
    if (token !== this.#loadToken) return; // a newer load was started meanwhile
    if (this.#adopt(text, origin, label)) {
      this.modelId = modelId;
      this.#modelScenario = modelId !== '' ? (this.history?.present ?? null) : null;
    }
  }

  async #importFile(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      this.#rejectImport(file.name, [{ path: '', message: msg(str`the file is ${formatSizeOver(file.size, MAX_IMPORT_BYTES)}; at most ${formatSize(MAX_IMPORT_BYTES)} can be imported`) }]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.#rejectImport(file.name, [{ path: '', message: msg(str`the file could not be read (${error instanceof Error ? error.message : String(error)})`) }]);
      return;
    }
    const parsed = parseScenario(text);
    if (!parsed.ok) {
      this.#rejectImport(file.name, parsed.errors);
      return;
    }
    this.#loadToken++; // an import overrides a model still loading
    this.#replace(parsed.scenario, 'import', false);
    this.modelId = '';
    this.#note('info', msg(str`Imported "${file.name}". Undo (Ctrl+Z) returns to your previous scenario.`), 'imported');
  }

  #rejectImport(fileName: string, problems: readonly Problem[]): void {
    this.importFailure = { fileName, problems };
    this.#emitError(`"${fileName}" is not a valid scenario file; nothing was changed.`, problems);
  }

  /**
   * Validates `input` (JSON text or an object) and makes it the scenario.
   * Returns false, changing nothing, when it is invalid.
   */
  #adopt(input: unknown, origin: Origin, label: string): boolean {
    const parsed = parseScenario(input);
    if (!parsed.ok) {
      const message = `${label} is not a valid scenario (${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'}); nothing was changed.`;
      this.#note('error', `${message} ${parsed.errors.slice(0, 5).map(formatProblem).join('; ')}`);
      this.#emitError(message, parsed.errors);
      return false;
    }
    if (origin === 'property' || origin === 'counter-example') this.modelId = '';
    // What the editor's ticks and reset buttons refer to: the scenario as a file, an import
    // or the embedding page gave it; edits, undo and counter-examples do not move it.
    if (BASELINE_ORIGINS.has(origin)) this.#baseline = parsed.scenario;
    // Validating a whole scenario is the bulk of this task: the new scenario is drawn in the next one.
    this.#renderInNextTask = true;
    this.#replace(parsed.scenario, origin, origin === 'src' && this.history === null, parsed);
    return true;
  }

  /**
   * Set when a whole scenario was just validated (tens of ms for thousands of
   * links): the update it causes waits for a macrotask, so validation and
   * rendering are two tasks and neither blocks input for long.
   */
  #renderInNextTask = false;

  protected override async scheduleUpdate(): Promise<void> {
    if (this.#renderInNextTask) {
      this.#renderInNextTask = false;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
    super.scheduleUpdate();
  }

  /** Makes a valid scenario the present: a new undo step (or a fresh history) and a solve. */
  #replace(scenario: Scenario, origin: Origin, fresh: boolean, parsed?: ParseOutcome): void {
    this.#lineage += 1;
    // A model, a file or a link is not the open workspace entry: its edits must not be written into it.
    if (DETACHING_ORIGINS.has(origin)) this.#workspace?.setActive(null);
    this.history = fresh || this.history === null ? startHistory(scenario) : recordEdit(this.history, scenario, Date.now(), 'step');
    this.#present(origin, parsed);
  }

  /**
   * Acts on `history.present`: validate, remember if valid, autosave, solve,
   * and tell. `known`: the outcome of validating this very object a moment
   * ago (#adopt), not repeated.
   */
  #present(origin: Origin, known?: ParseOutcome): void {
    const present = this.history?.present;
    if (present === undefined) return;
    // An edit of one number of the last valid scenario is checked alone; anything else in full.
    const parsed = known !== undefined && known.ok && known.scenario === present ? known : validateEdit(this.#validated, present);
    this.problems = parsed.ok ? [] : parsed.errors;
    this.#scheduleHistorySave();
    if (USER_ORIGINS.has(origin)) this.#releaseShare();
    if (parsed.ok) {
      this.lastValid = parsed.scenario;
      this.#validated = { scenario: parsed.scenario, outcome: parsed };
      if (!this.#holdAutosave) this.#autosave(parsed.scenario, origin);
      // Before the first update #start solves (and a detached element starts no worker).
      if (this.#started && this.isConnected) void this.solve();
    }
    if (USER_ORIGINS.has(origin)) {
      this.dispatchEvent(
        new CustomEvent<CorridorChangeDetail>('corridor-change', {
          detail: { scenario: present, problems: this.problems },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /**
   * The user changed the scenario a share link holds (opened from one, or
   * shared with the Share button): it is theirs now. Autosave resumes and
   * the link leaves the address bar, so a reload restores their edits rather
   * than the link's original.
   */
  #releaseShare(): void {
    this.#holdAutosave = false;
    if (typeof location !== 'undefined' && location.hash.startsWith('#share=')) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }

  /** Autosaves `scenario`: at once, or for a large one changed by an edit or undo, once the edits pause (AUTOSAVE_DELAY_MS). */
  #autosave(scenario: Scenario, origin: Origin): void {
    if (this.storageKey === '') return;
    // Whatever waits is older than this scenario: replaced, never written after it.
    if (this.#pendingSave !== null) clearTimeout(this.#pendingSave.timer);
    this.#pendingSave = null;
    if (BURST_ORIGINS.has(origin) && itemCount(scenario) > AUTOSAVE_DEBOUNCE_ITEMS) {
      const timer = setTimeout(this.#flushAutosave, AUTOSAVE_DELAY_MS);
      this.#pendingSave = { key: this.storageKey, scenario, baseline: this.#baseline, timer };
      return;
    }
    this.#writeAutosave(this.storageKey, scenario, this.#baseline);
  }

  /** Writes the waiting autosave, if any, now (its delay ran out, the page is hidden or closing, the element left it). */
  #flushAutosave = (): void => {
    this.#saveHistory();
    const pending = this.#pendingSave;
    if (pending === null) return;
    clearTimeout(pending.timer);
    this.#pendingSave = null;
    this.#writeAutosave(pending.key, pending.scenario, pending.baseline);
  };

  /** This tab's undo history from before a reload, if it ends at the scenario just restored (see saved-history.ts). */
  #restoreHistory(present: Scenario): void {
    void loadWorkspace()
      .then(({ readSavedHistory }) => {
        // Anything done meanwhile is newer than the stored steps: they are left.
        const now = this.history;
        if (now === null || now.present !== present || now.past.length > 0 || now.future.length > 0) return;
        this.history = readSavedHistory(() => sessionStorage, this.storageKey, present);
      })
      .catch(() => undefined);
  }

  #scheduleHistorySave(): void {
    if (this.storageKey === '') return;
    if (this.#historyTimer !== null) clearTimeout(this.#historyTimer);
    this.#historyTimer = setTimeout(this.#saveHistory, HISTORY_SAVE_DELAY_MS);
  }

  #saveHistory = (): void => {
    if (this.#historyTimer === null) return;
    clearTimeout(this.#historyTimer);
    this.#historyTimer = null;
    const history = this.history;
    const key = this.storageKey;
    if (history === null || key === '') return;
    void loadWorkspace()
      .then(({ writeSavedHistory }) => writeSavedHistory(() => sessionStorage, key, history))
      .catch(() => undefined);
  };

  /** The analyses' open tab and settings, as a workspace entry keeps them. */
  #analysesNow(): AnalysesView | null {
    const view = this.renderRoot.querySelector('corridor-analyses')?.view;
    return view && Object.keys(view).length > 0 ? view : null;
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.#flushAutosave();
  };

  #writeAutosave(key: string, scenario: Scenario, baseline: Scenario | null): void {
    const now = new Date();
    const written = writeAutosave(() => localStorage, key, scenario, now, baseline, this.#tab);
    const id = 'autosave-failed';
    if (written.ok) {
      if (this.notices.some((n) => n.id === id)) this.notices = this.notices.filter((n) => n.id !== id);
      if (this.history !== null && this.#entryStates.has(this.history.present)) {
        void this.#workspace?.syncActive({ scenario, baseline, view: this.#analysesNow() });
      }
      if (this.#tab !== null) {
        const message: SaveMessage = { key, tab: this.#tab, savedAt: now.toISOString(), name: scenario.name };
        this.#saves?.postMessage(message);
      }
      return;
    }
    if (!this.notices.some((n) => n.id === id)) {
      const message = `Autosave failed: ${written.reason}. Your changes are not kept across a reload; export the scenario to keep them.`;
      this.#note('warning', msg(str`Autosave failed: ${written.reason}. Your changes are not kept across a reload; export the scenario to keep them.`), id);
      this.#emitError(message);
    }
  }

  // ---------------------------------------------------------------- solving

  async #solve(scenario: Scenario): Promise<Result | null> {
    const lineage = this.#lineage;
    this.#inFlight++;
    this.solving = true;
    try {
      let client = this.#client;
      if (client === null) {
        // The first solve loads `src/client` (see load-client.ts). Solves asked for meanwhile resume in
        // the order they were asked, each making or reusing the client and sending at once: the latest wins.
        const before = this.#disconnections;
        const { SolverClient } = await loadClient();
        // Disconnected while it loaded: as for a solve in flight then, no answer, and no worker for a detached element.
        if (this.#disconnections !== before) throw new SolverClientError('closed', 'The solver client was disposed.');
        client = this.#client ??= new SolverClient({ timeoutMs: this.solveTimeoutMs });
      }
      // Only what the solver needs crosses to the worker; the app's own copy keeps every field.
      const outcome = await client.solve(knownFieldsOnly(scenario));
      if (outcome.stale) return await this.#latestSolve;
      this.failure = null;
      this.#shownLineage = lineage;
      this.shown = { scenario, result: outcome.result };
      this.dispatchEvent(
        new CustomEvent<CorridorSolvedDetail>('corridor-solved', { detail: this.shown, bubbles: true, composed: true }),
      );
      if (outcome.result.status === 'error') this.#emitError(`The solver failed: ${(outcome.result.diagnosis ?? []).join('; ')}`);
      return outcome.result;
    } catch (error) {
      const reason =
        error instanceof SolverClientError ? error.message : `The solver failed: ${error instanceof Error ? error.message : String(error)}`;
      const message = `${reason} (scenario "${scenario.name}")`;
      // A failure of a scenario that is no longer the current one is not the current one's.
      if (!(error instanceof SolverClientError && error.kind === 'closed') && scenario === this.lastValid) {
        this.failure = message;
        this.#emitError(message);
      }
      return null;
    } finally {
      this.#inFlight--;
      this.solving = this.#inFlight > 0;
    }
  }

  // ---------------------------------------------------------------- user actions

  #onEdit = (event: CustomEvent<{ scenario: Scenario; phase?: 'input' | 'commit' | 'step' }>): void => {
    // Re-fired from this element with the validation outcome added.
    event.stopPropagation();
    if (this.history === null) return;
    const phase: EditPhase = event.detail.phase ?? 'none';
    const before = this.history.present;
    this.history = recordEdit(this.history, event.detail.scenario, Date.now(), phase);
    if (this.#entryStates.has(before)) this.#entryStates.add(this.history.present);
    this.#present('edit');
  };

  #onSelect = (event: CustomEvent<Selection>): void => {
    if ((event.target as Element | null)?.localName === 'corridor-why') {
      // Picked to be seen on the map, not edited: the editor stays where it is, the map comes into view.
      this.traced = event.detail.id;
      void this.updateComplete.then(() => this.renderRoot.querySelector('section.map')?.scrollIntoView({ block: 'nearest' }));
      return;
    }
    this.traced = null;
    this.selected = { kind: event.detail.kind, id: event.detail.id };
    // From "What binds": focus follows to the item's field in the editor, where the page scrolls.
    if ((event.target as Element | null)?.localName === 'corridor-bottlenecks') {
      void this.renderRoot.querySelector('corridor-editor')?.focusItem(event.detail.kind, event.detail.id);
    }
  };

  #pin = (): void => {
    const shown = this.#current();
    if (shown !== null) this.#pinned.pin(shown.scenario, shown.result);
  };

  #unpin = (): void => {
    this.#pinned.unpin();
  };

  #undo = (): void => {
    if (this.history === null || this.history.past.length === 0) return;
    this.history = undo(this.history);
    this.#present('undo');
  };

  #redo = (): void => {
    if (this.history === null || this.history.future.length === 0) return;
    this.history = redo(this.history);
    this.#present('undo');
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      const menu = this.renderRoot.querySelector('details.menu[open]');
      if (menu) {
        menu.removeAttribute('open');
        menu.querySelector('summary')?.focus();
        event.preventDefault();
      }
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    // Inside a text field Ctrl+Z is the field's own undo of what is being typed.
    if (isTextField(event.composedPath()[0])) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.#undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.#redo();
    else return;
    event.preventDefault();
  };

  #onPick = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const file = MODEL_FILES.find((m) => m.id === select.value);
    if (file) void this.#loadUrl(file.url, 'picker', file.id);
  };

  #onFileChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire `change` again
    if (file) void this.#importFile(file);
  };

  #openFilePicker = (): void => {
    this.renderRoot.querySelector<HTMLInputElement>('input.file')?.click();
  };

  #onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null || !this.contains(event.relatedTarget as Node)) this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.#importFile(file);
  };

  #closeImportDialog = (): void => {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.import-errors')?.close();
    this.importFailure = null;
  };

  #closeMenu = (event: Event): void => {
    if ((event.target as Element).closest('button')) (event.currentTarget as Element).closest('details')?.removeAttribute('open');
  };

  /** The top bar's Export menu (export-files.ts, a chunk of its own loaded on the first export). */
  #export = async (kind: TopBarExport): Promise<void> => {
    const { exportFile } = await import('./export-files');
    exportFile(kind, {
      scenario: this.history?.present ?? null,
      model: this.#modelScenario,
      shown: this.shown,
      map: this.renderRoot.querySelector('corridor-map'),
    });
  };

  #onOpenScenario = (event: CustomEvent<OpenScenarioDetail>): void => {
    event.stopPropagation();
    if (this.#adopt(event.detail.scenario, 'counter-example', `The scenario of ${event.detail.label}`)) {
      this.modelId = '';
      this.#note('info', msg(str`Opened ${event.detail.label}. Undo (Ctrl+Z) returns to your scenario.`), 'counter-example');
    }
  };

  /** An entry of the workspace opened: one undo step, with the analysis settings it keeps. */
  #onWorkspaceOpen = (event: CustomEvent<WorkspaceOpenDetail>): void => {
    const { entry } = event.detail;
    this.#loadToken++; // opening overrides a model still loading
    this.#workspace?.setActive(entry.id);
    this.#entryStates = new WeakSet([entry.scenario]);
    this.#baseline = entry.baseline;
    this.analysesView = entry.view;
    this.#replace(entry.scenario, 'saved', false);
    this.modelId = '';
    this.#modelScenario = null;
    this.#note('info', msg(str`Opened "${entry.name}". Undo (Ctrl+Z) returns to the scenario before it.`), 'workspace-open');
  };

  #toggleWorkspace = async (): Promise<void> => {
    this.workspaceOpen = !this.workspaceOpen;
    await this.updateComplete;
    // Focus goes into the panel that opened, and back to its button when it closes: never to the page's top.
    if (this.workspaceOpen) this.renderRoot.querySelector<HTMLElement>('corridor-workspace')?.focus();
    else this.renderRoot.querySelector<HTMLElement>('button.workspace-toggle')?.focus();
  };

  /** The scenario on screen as a workspace entry keeps it. */
  #workspaceDraft = () => {
    const scenario = this.history?.present;
    return scenario ? { scenario, baseline: this.#baseline, view: this.#analysesNow() } : null;
  };

  /** An analysis failed to load: shown here too, and left to reach the page as the element's own `corridor-error`. */
  #onAnalysesError = (event: CustomEvent<CorridorErrorDetail>): void => {
    this.#note('error', event.detail.message);
  };

  #dismiss(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  #note(tone: Notice['tone'], text: string, id = `notice-${++this.#noticeCount}`, action?: Notice['action']): void {
    this.notices = [...this.notices.filter((n) => n.id !== id), action ? { id, tone, text, action } : { id, tone, text }];
  }

  #emitError(message: string, problems?: readonly Problem[]): void {
    const detail: CorridorErrorDetail = problems ? { message, problems } : { message };
    this.dispatchEvent(new CustomEvent<CorridorErrorDetail>('corridor-error', { detail, bubbles: true, composed: true }));
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const shown = this.#current();
    const status = solveStatusOf(this.solving, shown?.result ?? null, this.failure, this.problems.length);
    const shownScenario = shown?.scenario ?? this.lastValid;
    const result = shown?.result ?? null;
    return html`
      <div part="base" class="base ${this.dragging ? 'dragging' : ''}" tabindex="-1">
        ${this.#renderTopBar(status)} ${this.#renderWorkspace()} ${this.#shareLink.render()} ${renderNotices(this.notices, this.problems.length, (id) => this.#dismiss(id))}
        ${this.history === null
          ? html`<main class="empty">
              <p>${msg('Open a model from the list above or import a scenario file (JSON), or drop one here.')}</p>
            </main>`
          : html`<main class="workspace">
              ${renderSummaryBar(shownScenario, result, this.#pinned.base, elementLocale(this))}
              <div class="beside">
              ${renderResults({
                scenario: shownScenario,
                result,
                solving: this.solving,
                selected: this.selected,
                traced: this.traced ?? (this.selected?.kind === 'demand' ? this.selected.id : null),
                base: this.#pinned.base,
                canPin: shown !== null && !this.solving && this.#pinned.canPin(result),
                ranges: this.#ranges?.rangesFor(result) ?? null,
                rangesPending: this.#ranges?.pendingFor(result) ?? false,
                onPin: this.#pin,
                onUnpin: this.#unpin,
                onSelect: this.#onSelect,
              })}
              <section part="editor" class="editor" aria-label=${msg('Editor')}>
                <corridor-editor
                  .scenario=${this.history.present}
                  .baseline=${this.#baseline}
                  .problems=${this.problems}
                  .selected=${this.selected}
                  @corridor-change=${this.#onEdit}
                  @corridor-select=${this.#onSelect}
                ></corridor-editor>
              </section>
              </div>
              <section part="analyses" class="analyses" aria-label=${msg('Analyses')}>
                <corridor-analyses
                  .scenario=${this.lastValid}
                  .draft=${this.history.present}
                  .problems=${this.problems}
                  .result=${this.shown?.scenario === this.lastValid ? result : null}
                  @corridor-change=${this.#onEdit}
                  .runner=${this.#runner}
                  .models=${MODEL_FILES}
                  .workspace=${this.#workspace?.entries ?? []}
                  .initialView=${this.analysesView}
                  @corridor-open-scenario=${this.#onOpenScenario}
                  @corridor-error=${this.#onAnalysesError}
                ></corridor-analyses>
              </section>
            </main>`}
        ${renderImportDialog(this.importFailure, this.#closeImportDialog)}
        <div class="drop-hint" aria-hidden="true">${msg('Drop a scenario file (JSON) to import it')}</div>
      </div>
    `;
  }

  /**
   * The answer to show: the last one if it answers the current scenario, or,
   * while that is being solved, an earlier edit of it (marked stale); never
   * another scenario's answer under this one's name.
   */
  #current(): CorridorSolvedDetail | null {
    const shown = this.shown;
    if (shown === null || this.#shownLineage !== this.#lineage) return null;
    return shown.scenario === this.lastValid || this.solving ? shown : null;
  }

  #renderTopBar(status: SolveStatusView): TemplateResult {
    return renderTopBar(this, {
      name: this.scenario?.name ?? null,
      modelId: this.modelId,
      edited: this.history !== null && this.history.present !== this.#modelScenario,
      hasScenario: this.history !== null,
      hasResult: this.shown !== null,
      canShare: this.lastValid !== null,
      canUndo: (this.history?.past.length ?? 0) > 0,
      canRedo: (this.history?.future.length ?? 0) > 0,
      workspaceOpen: this.#workspace === null ? null : this.workspaceOpen,
      galleryHref: this.galleryHref,
      status,
      onPick: this.#onPick,
      onOpenFilePicker: this.#openFilePicker,
      onFileChosen: this.#onFileChosen,
      onCloseMenu: this.#closeMenu,
      onExport: (kind) => void this.#export(kind),
      onToggleWorkspace: () => void this.#toggleWorkspace(),
      onShare: () => void this.#shareLink.share(),
      onUndo: this.#undo,
      onRedo: this.#redo,
    });
  }

  #renderWorkspace(): TemplateResult | typeof nothing {
    if (!this.workspaceOpen || this.#workspace === null) return nothing;
    return html`<corridor-workspace
      id="workspace"
      part="workspace"
      .controller=${this.#workspace}
      .entries=${this.#workspace.entries}
      .activeId=${this.#workspace.activeId}
      .current=${this.#workspaceDraft}
      @corridor-workspace-open=${this.#onWorkspaceOpen}
      @corridor-change=${this.#onEdit}
    ></corridor-workspace>`;
  }

}

function isTextField(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color'].includes(target.type);
}

function itemCount(scenario: Scenario): number {
  return scenario.nodes.length + scenario.links.length + scenario.demands.length;
}

/** The `models/` file a URL points at, or ''. */
function modelIdOf(url: string): string {
  const absolute = (u: string) => new URL(u, document.baseURI).href;
  return MODEL_FILES.find((m) => absolute(m.url) === absolute(url))?.id ?? '';
}

defineElement('corridor-flow', CorridorFlow);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-flow': CorridorFlow;
  }
}
