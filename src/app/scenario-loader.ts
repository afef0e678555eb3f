import { msg, str } from '../components/i18n';
import type { ParseOutcome, Problem, Scenario } from '../model/types';
import type { SavedWork } from './autosave';
import type { AutosaveController } from './autosave-controller';
import { SLICED_VALIDATION_CHARACTERS } from './large-scenario';
import { MODEL_FILES } from './model-files';
import type { NoticesController } from './notices-controller';
import type { ReadScenarioFileOutcome } from './read-scenario-file';
import type { Origin } from './scenario-origin';
import type { DecodeShareOutcome, ShareState } from './share-url';
import type { SharedView } from './open-share-link';

/** Largest scenario file accepted by import, bytes: far above any real network, small enough to never hang a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What loading needs of the app. */
export interface LoaderHost {
  readonly notices: NoticesController;
  readonly autosave: AutosaveController;
  /** The URL of the scenario to open when nothing else is ('' for none). */
  src(): string;
  hasScenario(): boolean;
  /**
   * Validates and opens `input` (JSON text or an object), then calls `adopted`; changes nothing when it is
   * invalid. A large input is validated after this returns (see ScenarioState.adopt).
   */
  adopt(input: unknown, origin: Origin, label: string, adopted: () => void): void;
  /** Opens an already valid scenario: one undo step, or a fresh history (`parsed`: the outcome of validating it, when known). */
  replace(scenario: Scenario, origin: Origin, fresh: boolean, parsed?: ParseOutcome): void;
  /**
   * The scenario on screen came from this `models/` file ('' for none), as
   * the menu shows it; `unedited`: it is that file as shipped (a load), not
   * something else opened after it (an import keeps the model it follows).
   */
  fromModel(modelId: string, unedited: boolean): void;
  /** Saved work was opened: its baseline is what the editor measures against. */
  restored(work: SavedWork): void;
  /** A large file being imported is (or no longer is) being validated, in slices. */
  checkingFile(checking: boolean): void;
  /** A file was refused: its problems are listed in a dialog. */
  rejected(fileName: string, problems: readonly Problem[]): void;
  /** A share link's scenario, view (as read by open-share-link.ts) and pinned base open (its scenario is valid). */
  openShared(state: ShareState, view: SharedView): void;
}

/**
 * Where scenarios come from: at start a `#share=` link, else this tab's
 * autosaved work, else `src`; later a model picked, a file imported or
 * dropped, or `src` changed. The newest request wins: a load that finishes
 * after a newer one started is dropped.
 */
export class ScenarioLoader {
  #token = 0;
  /** The `src` settled (loaded or overridden); a later change of `src` loads at once. */
  #loadedSrc: string | null = null;

  constructor(private readonly host: LoaderHost) {}

  /** A scenario opened some other way (a workspace entry): loads still running are dropped. */
  overtake(): void {
    this.#token++;
  }

  /** First scenario, unless one was set by property before connection: a `#share=` link, else the autosave, else `src`. */
  start(): void {
    // The `src` present at start is settled here (loaded or overridden), not again by srcChanged.
    this.#loadedSrc = this.host.src();
    if (this.host.hasScenario()) return;
    const hash = typeof location === 'undefined' ? '' : location.hash;
    if (hash.startsWith('#share=')) {
      // Unpacking is asynchronous (share-url.ts); the autosave and `src` wait for it, so the link wins.
      void this.#openShareLink(hash);
      return;
    }
    this.#openSavedOrSrc();
  }

  /** A `src` set after start (a page switching models) loads at once. */
  srcChanged(): void {
    const src = this.host.src();
    if (src !== '' && src !== this.#loadedSrc) void this.loadUrl(src, 'src', modelIdOf(src));
  }

  #openSavedOrSrc(): void {
    const saved = this.host.autosave.read();
    if (saved !== null) {
      this.host.notices.note('info', msg('Restored your autosaved scenario. Pick a model to start again from a file.'));
      this.host.restored(saved);
      this.host.replace(saved.scenario, 'autosave', true);
      this.host.autosave.restoreHistory(saved.scenario);
      return;
    }
    const src = this.host.src();
    if (src !== '') void this.loadUrl(src, 'src', modelIdOf(src));
  }

  /**
   * Opens the scenario of the `#share=` link the page was opened with. A
   * damaged link is reported and the app starts as it would without it.
   */
  async #openShareLink(hash: string): Promise<void> {
    const loads = this.#token;
    let decoded: DecodeShareOutcome;
    let opening: typeof import('./open-share-link') | null = null;
    try {
      opening = await import('./open-share-link');
      decoded = await opening.decodeShareLink(hash);
    } catch (error) {
      decoded = { ok: false, message: `the code that opens links could not be loaded (${error instanceof Error ? error.message : String(error)})` };
    }
    // A scenario set or a load started while the link was unpacked (by the page, or the user
    // picking or importing one) came later than the link: it stands.
    const overtaken = this.host.hasScenario() || this.#token !== loads;
    const notices = this.host.notices;
    if (!decoded.ok) {
      const message = `The shared link could not be opened: ${decoded.message}. The app opened as usual.`;
      notices.note('error', msg(str`The shared link could not be opened: ${decoded.message}. The app opened as usual.`), 'share-link');
      notices.error(message);
      if (!overtaken) this.#openSavedOrSrc();
      return;
    }
    if (overtaken) return;
    this.host.openShared(decoded.state, opening?.readShareView(decoded.state.view) ?? { analyses: null, selected: null });
    // Decoded, so its chunk is loaded.
    opening?.noteShareOpened(notices, decoded.warnings);
  }

  /** Opens a scenario file from `url`: the page's `src` or a model picked in the menu. */
  async loadUrl(url: string, origin: 'src' | 'picker', modelId: string): Promise<void> {
    const token = ++this.#token;
    if (origin === 'src') this.#loadedSrc = url;
    const label = modelId !== '' ? `The model "${modelId}"` : `The scenario file ${url}`;
    let text: string;
    try {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (token !== this.#token) return;
      const reason = error instanceof Error ? error.message : String(error);
      const message = `${label} could not be loaded: ${reason}.`;
      this.host.notices.note(
        'error',
        modelId !== '' ? msg(str`The model "${modelId}" could not be loaded: ${reason}.`) : msg(str`The scenario file ${url} could not be loaded: ${reason}.`),
      );
      this.host.notices.error(message);
      return;
    }
    if (token !== this.#token) return; // a newer load was started meanwhile
    this.host.adopt(text, origin, label, () => this.host.fromModel(modelId, true));
  }

  /** Imports a scenario file the user chose or dropped: one undo step, or a dialog listing its problems. */
  async importFile(file: File): Promise<void> {
    let read: ReadScenarioFileOutcome;
    // A file this size is validated in slices (read-scenario-file.ts); a small one too quickly to say so.
    const large = file.size >= SLICED_VALIDATION_CHARACTERS && file.size <= MAX_IMPORT_BYTES;
    if (large) this.host.checkingFile(true);
    try {
      const { readScenarioFile } = await import('./read-scenario-file');
      read = await readScenarioFile(file, MAX_IMPORT_BYTES);
    } catch (error) {
      // The file could not be read, or the chunk that reads it could not be loaded.
      this.host.rejected(file.name, [{ path: '', message: msg(str`the file could not be read (${error instanceof Error ? error.message : String(error)})`) }]);
      return;
    } finally {
      if (large) this.host.checkingFile(false);
    }
    if (!read.ok) {
      this.host.rejected(file.name, read.problems);
      return;
    }
    this.#token++; // an import overrides a model still loading
    this.host.replace(read.scenario, 'import', false, read.parsed);
    this.host.fromModel('', false);
    this.host.notices.note('info', msg(str`Imported "${file.name}". Undo (Ctrl+Z) returns to your previous scenario.`), 'imported');
  }

  /** Opens the `models/` file the menu names. */
  readonly pick = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const file = MODEL_FILES.find((m) => m.id === select.value);
    if (file) void this.loadUrl(file.url, 'picker', file.id);
  };
}

/** The `models/` file a URL points at, or ''. */
function modelIdOf(url: string): string {
  const absolute = (u: string) => new URL(u, document.baseURI).href;
  return MODEL_FILES.find((m) => absolute(m.url) === absolute(url))?.id ?? '';
}
