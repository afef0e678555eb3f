import type { Scenario } from '../model/types';
import { msg, str } from '../components/i18n';
import { describeError, readAutosave, tabId, tabKey, type AutosaveRead, type AutosaveWrite, type SavedWork } from './autosave';
import type { EditHistory } from './edit-history';
import type { NoticesController } from './notices-controller';
import type { OfferHost, SaveMessage } from './saved-work-offers';

/**
 * A scenario with more nodes, links and demands than this is autosaved
 * AUTOSAVE_DELAY_MS after the last change rather than on each one: writing
 * one of 2,500 items (serialising it to localStorage) takes ~10 ms, which
 * typing would pay on every keystroke, and one of 4,000 (a 30 × 30 grid)
 * a few hundred ms, which would lengthen the task that set it. Smaller ones
 * are written at once.
 */
export const AUTOSAVE_DEBOUNCE_ITEMS = 400;
/** Quiet time after the last edit of a large scenario before it is autosaved, ms. */
export const AUTOSAVE_DELAY_MS = 500;
/** A large scenario's autosave is written this many ms of work per task of the page (serialising, then its parts). */
const WRITE_SLICE_MS = 8;

/** Quiet time after the last edit before the undo history is written to sessionStorage, ms. */
const HISTORY_SAVE_DELAY_MS = 300;

/** Name of the BroadcastChannel on which each app tells the others of its saves. */
const SAVES_CHANNEL = 'corridor-flow:autosave';

/** saved-work-offers.ts is a chunk of its own, loaded when there may be work of another tab to offer. */
const loadOffers = () => import('./saved-work-offers');

/**
 * The autosave's writer (serialising, parts, tabs' keys) is a chunk of its own, loaded as the app starts: it is
 * not needed to read the autosave or to draw the first scenario, so `import 'corridor-flow'` does not carry it.
 */
const loadWriter = () => import('./autosave-write');
type AutosaveWriter = Awaited<ReturnType<typeof loadWriter>>;

/** The workspace (IndexedDB) and the undo history kept over a reload: one chunk, loaded after the first scenario. */
export const loadWorkspace = () => import('./workspace/workspace-chunk');

/** What the autosave needs of the app. */
export interface AutosaveHost {
  readonly notices: NoticesController;
  /** localStorage key of the autosave; '' turns it off. */
  storageKey(): string;
  /** The URL the app opens when there is no saved work ('' for none). */
  src(): string;
  history(): EditHistory<Scenario> | null;
  /** The undo history read back after a reload. */
  setHistory(history: EditHistory<Scenario>): void;
  /** The scenario the editor measures changes against. */
  baseline(): Scenario | null;
  /** A scenario was written: the open workspace entry follows it, if it is that entry's. */
  written(scenario: Scenario, baseline: Scenario | null): void;
  /** Opens saved work (of another tab) here, as one undo step. */
  open(work: SavedWork): void;
}

/**
 * Keeps the tab's work across a reload: the last valid scenario in
 * localStorage (autosave.ts; each tab its own, announced to the others on a
 * BroadcastChannel so theirs can be offered), and the undo history in
 * sessionStorage (saved-history.ts). A large scenario changed by a burst of
 * edits is written once they pause; anything waiting is written when the
 * page is hidden or closed.
 */
export class AutosaveController {
  /** This tab's id (see `tabId`), read at start; the autosave keeps each tab's work apart by it. */
  #tab: string | null = null;
  /** Where other tabs (and other apps of this page) announce their saves; open while connected. */
  #saves: BroadcastChannel | null = null;
  /**
   * An autosave waiting: a large scenario's for the edits to pause (`timer`), written by `flush` if the page
   * goes first; or any scenario's for the writer's chunk (no timer), written as it comes.
   */
  #pending: { readonly key: string; readonly scenario: Scenario; readonly baseline: Scenario | null; readonly timer: ReturnType<typeof setTimeout> | undefined } | null = null;
  /** The writer's chunk once loaded (see `loadWriter`); `#writerLoad` while loading. */
  #writer: AutosaveWriter | null = null;
  #writerLoad: Promise<void> | null = null;
  /** A large scenario's autosave being written in slices (`autosaveSteps`), one task after another. */
  #writing: { readonly steps: Generator<void, AutosaveWrite, undefined>; readonly scenario: Scenario; readonly baseline: Scenario | null; readonly key: string; readonly now: Date; timer: ReturnType<typeof setTimeout> | undefined } | null = null;
  /** The undo history waiting to be written to sessionStorage. */
  #historyTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * True while the scenario on screen came from a share link and the user
   * has not changed it: the autosave (their own earlier work) is then left
   * as it was.
   */
  hold = false;

  constructor(private readonly host: AutosaveHost) {}

  /** Known before anything is saved, however the first scenario comes (see writeAutosave). */
  start(): void {
    if (this.host.storageKey() === '') return;
    this.#tab = tabId();
    this.#loadWriter();
  }

  /**
   * Loads the writer's chunk once; what waited for it is written when it comes. Until then nothing can be
   * written: the earlier autosave stays as it was (only a change made in the few ms the chunk takes, with
   * the page closed before it came, would not be kept).
   */
  #loadWriter(): void {
    if (this.#writer !== null || this.#writerLoad !== null) return;
    this.#writerLoad = loadWriter()
      .then((writer) => {
        this.#writer = writer;
        const pending = this.#pending;
        if (pending === null || pending.timer !== undefined) return;
        if (itemCount(pending.scenario) > AUTOSAVE_DEBOUNCE_ITEMS) this.#startWriting();
        else {
          this.#pending = null;
          this.#write(pending.key, pending.scenario, pending.baseline);
        }
      })
      .catch((error: unknown) => {
        this.#writerLoad = null;
        this.#failed(describeError(error));
      });
  }

  connected(): void {
    // A tab closed, reloaded or sent to the background: a waiting autosave is written now.
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (typeof BroadcastChannel !== 'undefined') {
      this.#saves = new BroadcastChannel(SAVES_CHANNEL);
      this.#saves.addEventListener('message', this.#onOtherSave);
    }
  }

  disconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.flush();
    this.#saves?.close();
    this.#saves = null;
  }

  /**
   * This tab's own autosaved work (a reload), else the newest saved by any
   * tab (a new tab: every save goes to the shared key first); the other
   * saved works are offered, never opened over it. Entries that cannot be
   * used are put aside and reported. Null: nothing to restore.
   */
  read(): SavedWork | null {
    const key = this.host.storageKey();
    if (key === '') return null;
    const shared = readAutosave(() => localStorage, key);
    const own = this.#tab === null ? shared : readAutosave(() => localStorage, tabKey(key, this.#tab));
    const chosen = own.kind === 'restored' ? own : shared.kind === 'restored' ? shared : null;
    for (const read of own === shared ? [shared] : [shared, own]) this.report(read, chosen === null);
    if (chosen === null) return null;
    void loadOffers()
      .then((offers) => offers.offerOtherSaves(this.#offers(), chosen))
      .catch(() => undefined); // offers are a courtesy: without their chunk the app works as before
    return chosen;
  }

  /** Says what is wrong with an autosave that could not be read. */
  report(read: AutosaveRead, opensSrc: boolean): void {
    const notices = this.host.notices;
    switch (read.kind) {
      case 'corrupt':
        notices.note(
          'warning',
          msg(str`Your autosaved scenario could not be read: ${read.reason}.`) +
            (read.backupKey ? ` ${msg(str`The stored text was kept in localStorage under "${read.backupKey}".`)}` : '') +
            (opensSrc && this.host.src() ? ` ${msg('The default model was opened instead.')}` : ''),
        );
        notices.error(`Autosave could not be read: ${read.reason}`);
        break;
      case 'unavailable':
        notices.note('warning', msg(str`Autosave is off: ${read.reason}. Export the scenario to keep your work.`));
        break;
      case 'empty':
      case 'restored':
        break;
    }
  }

  /** Autosaves `scenario`: a small one at once, a large one once the changes pause (AUTOSAVE_DELAY_MS). */
  save(scenario: Scenario): void {
    const key = this.host.storageKey();
    if (key === '' || this.hold) return;
    // Whatever waits or is being written is older than this scenario: replaced, never written after it.
    if (this.#pending !== null) clearTimeout(this.#pending.timer);
    this.#pending = null;
    this.#stopWriting();
    // A large one set whole (a model, a file) waits too: written in the task that validated and drew it, it made
    // that task longer by its serialising (hundreds of ms at thousands of links); the page hidden or closed writes it.
    if (itemCount(scenario) > AUTOSAVE_DEBOUNCE_ITEMS) {
      const timer = setTimeout(this.#startWriting, AUTOSAVE_DELAY_MS);
      this.#pending = { key, scenario, baseline: this.host.baseline(), timer };
      return;
    }
    if (this.#writer === null) {
      this.#pending = { key, scenario, baseline: this.host.baseline(), timer: undefined };
      this.#loadWriter();
      return;
    }
    this.#write(key, scenario, this.host.baseline());
  }

  /**
   * Writes what waits (the autosave, the undo history) now, in this task: the page is hidden or closing, the
   * element left it. An autosave being written in slices is finished at once.
   */
  readonly flush = (): void => {
    this.#saveHistory();
    const pending = this.#pending;
    // Without the writer's chunk nothing can be written; what waits is written as it comes (`#loadWriter`).
    if (pending !== null && this.#writer !== null) {
      clearTimeout(pending.timer);
      this.#pending = null;
      this.#stopWriting();
      this.#write(pending.key, pending.scenario, pending.baseline);
      return;
    }
    const writing = this.#writing;
    if (writing === null) return;
    clearTimeout(writing.timer);
    this.#writing = null;
    this.#written(writing.key, writing.scenario, writing.baseline, writing.now, this.#writer!.finishSteps(writing.steps));
  };

  /** The edits paused: the waiting autosave of a large scenario is written, WRITE_SLICE_MS per task, the page free between. */
  #startWriting = (): void => {
    const pending = this.#pending;
    if (pending === null) return;
    const writer = this.#writer;
    if (writer === null) {
      // Written as the writer's chunk comes.
      this.#pending = { ...pending, timer: undefined };
      this.#loadWriter();
      return;
    }
    this.#pending = null;
    this.#stopWriting();
    const now = new Date();
    const steps = writer.autosaveSteps(() => localStorage, pending.key, pending.scenario, now, pending.baseline, this.#tab);
    this.#writing = { steps, scenario: pending.scenario, baseline: pending.baseline, key: pending.key, now, timer: undefined };
    this.#writeSlice();
  };

  #writeSlice = (): void => {
    const writing = this.#writing;
    if (writing === null) return;
    const written = this.#writer!.runSteps(writing.steps, WRITE_SLICE_MS);
    if (written === null) {
      writing.timer = setTimeout(this.#writeSlice, 0);
      return;
    }
    this.#writing = null;
    this.#written(writing.key, writing.scenario, writing.baseline, writing.now, written);
  };

  /** Drops an autosave being written (its parts go with it: see `autosaveSteps`); what was stored before stays. */
  #stopWriting(): void {
    const writing = this.#writing;
    if (writing === null) return;
    clearTimeout(writing.timer);
    this.#writing = null;
    writing.steps.return({ ok: false, reason: 'replaced by a newer scenario' });
  }

  /** This tab's undo history from before a reload, if it ends at the scenario just restored (see saved-history.ts). */
  restoreHistory(present: Scenario): void {
    void loadWorkspace()
      .then(({ readSavedHistory }) => {
        // Anything done meanwhile is newer than the stored steps: they are left.
        const now = this.host.history();
        if (now === null || now.present !== present || now.past.length > 0 || now.future.length > 0) return;
        this.host.setHistory(readSavedHistory(() => sessionStorage, this.host.storageKey(), present));
      })
      .catch(() => undefined);
  }

  /** The undo history changed: written once the edits pause. */
  historyChanged(): void {
    if (this.host.storageKey() === '') return;
    if (this.#historyTimer !== null) clearTimeout(this.#historyTimer);
    this.#historyTimer = setTimeout(this.#saveHistory, HISTORY_SAVE_DELAY_MS);
  }

  #saveHistory = (): void => {
    if (this.#historyTimer === null) return;
    clearTimeout(this.#historyTimer);
    this.#historyTimer = null;
    const history = this.host.history();
    const key = this.host.storageKey();
    if (history === null || key === '') return;
    void loadWorkspace()
      .then(({ writeSavedHistory }) => writeSavedHistory(() => sessionStorage, key, history))
      .catch(() => undefined);
  };

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  #write(key: string, scenario: Scenario, baseline: Scenario | null): void {
    const now = new Date();
    const { finishSteps, autosaveSteps } = this.#writer!;
    this.#written(key, scenario, baseline, now, finishSteps(autosaveSteps(() => localStorage, key, scenario, now, baseline, this.#tab)));
  }

  /** An autosave was written, or failed: the workspace and the other tabs are told, or the user is. */
  #written(key: string, scenario: Scenario, baseline: Scenario | null, now: Date, written: AutosaveWrite): void {
    const id = 'autosave-failed';
    const notices = this.host.notices;
    if (written.ok) {
      notices.dismiss(id);
      this.host.written(scenario, baseline);
      if (this.#tab !== null) {
        const message: SaveMessage = { key, tab: this.#tab, savedAt: now.toISOString(), name: scenario.name };
        this.#saves?.postMessage(message);
      }
      return;
    }
    this.#failed(written.reason);
  }

  /** The autosave could not be written: the user is told once, and how to keep the work. */
  #failed(reason: string): void {
    const id = 'autosave-failed';
    const notices = this.host.notices;
    if (!notices.has(id)) {
      const message = `Autosave failed: ${reason}. Your changes are not kept across a reload; export the scenario to keep them.`;
      notices.note('warning', msg(str`Autosave failed: ${reason}. Your changes are not kept across a reload; export the scenario to keep them.`), id);
      notices.error(message);
    }
  }

  /** Another tab (or app) saved: its work is offered here (see saved-work-offers.ts). */
  #onOtherSave = (event: MessageEvent<SaveMessage>): void => {
    const message = event.data;
    const key = this.host.storageKey();
    if (message?.key !== key || key === '' || message.tab === this.#tab) return;
    void loadOffers()
      .then((offers) => offers.offerOtherTabSave(this.#offers(), message))
      .catch(() => undefined);
  };

  /** This app as saved-work-offers.ts sees it. */
  #offers(): OfferHost {
    const notices = this.host.notices;
    return {
      storageKey: this.host.storageKey(),
      tab: this.#tab,
      note: (text, id, action) => notices.note('info', text, id, action),
      dismiss: (id) => notices.dismiss(id),
      open: (work) => this.host.open(work),
      report: (read) => this.report(read, false),
      warn: (text) => notices.note('warning', text),
    };
  }
}

function itemCount(scenario: Scenario): number {
  return scenario.nodes.length + scenario.links.length + scenario.demands.length;
}
