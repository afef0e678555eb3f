import { nothing, type TemplateResult } from 'lit';
import { msg, str } from '../components/i18n';
import type { Problem, Result, Scenario } from '../model/types';
import type { SavedWork } from './autosave';
import type { AutosaveController } from './autosave-controller';
import type { AnalysisRunner } from './analyses/analysis-runner';
import type { AnalysesView } from './analyses/corridor-analyses';
import type { OpenScenarioDetail } from './analyses/check-panel';
import type { NoticesController } from './notices-controller';
import type { SharedView } from './open-share-link';
import type { PinnedBaseController } from './pinned-base';
import type { ImportFailure } from './render-notices';
import type { Selection } from './render-results';
import { ScenarioLoader } from './scenario-loader';
import type { Origin } from './scenario-origin';
import type { ScenarioState } from './scenario-state';
import type { ShareState } from './share-url';
import type { WorkspaceEntry } from './workspace/workspace-file';
import type { WorkspacePanel } from './workspace-panel';

/** What opening a scenario needs of the app. */
export interface ScenarioOpenerHost {
  readonly notices: NoticesController;
  readonly scenario: ScenarioState;
  readonly autosave: AutosaveController;
  readonly workspace: WorkspacePanel;
  readonly pinned: PinnedBaseController;
  /** Where a pinned base that came without its answer is solved (not on the app's own solver: see #solvePinned). */
  readonly runner: AnalysisRunner;
  /** The element's shadow root (its file input and import dialog). */
  root(): ParentNode;
  requestUpdate(): void;
  /** The URL of the scenario to open when nothing else is ('' for none). */
  src(): string;
  /** The `models/` file the scenario on screen came from ('' for none), as the menu shows it. */
  setModelId(modelId: string): void;
  /** The analyses' tab and settings (and, from a link, the item selected) the opened scenario comes with. */
  showView(analyses: AnalysesView | null, selected: Selection | null): void;
}

/**
 * Opening a scenario in the app, from wherever it comes: the embedding
 * page's property, a file or URL (through the loader), the autosave, a
 * share link, a workspace entry or an analysis's counter-example. Each
 * says what the editor measures against, which model the menu names and
 * which notice the user reads.
 */
export class ScenarioOpener {
  /** Where scenarios come from: a link, the autosave, `src`, the model menu, a file. */
  readonly loader: ScenarioLoader;
  /** The autosave the app opened with, as it was read (the app saves it again at once, under a new time). */
  restoredWork: SavedWork | null = null;
  /** The scenario as the model file gave it: the menu and exports say "edited" once it differs. */
  modelScenario: Scenario | null = null;
  /** The file refused last, while its dialog is open. */
  #importFailure: ImportFailure | null = null;
  /** The import problems dialog's chunk, loaded by the first refused file. */
  #importDialog: typeof import('./import-dialog') | null = null;
  /** Large files being imported and validated (in slices) now. */
  #checkingFiles = 0;

  constructor(private readonly host: ScenarioOpenerHost) {
    this.loader = new ScenarioLoader({
      notices: host.notices,
      autosave: host.autosave,
      src: () => host.src(),
      // A large scenario still being checked counts: it came first, the autosave and `src` must not overtake it.
      hasScenario: () => host.scenario.history !== null || host.scenario.checking,
      adopt: (input, origin, label, adopted) => this.adopt(input, origin, label, adopted),
      replace: (scenario, origin, fresh, parsed) => host.scenario.replace(scenario, origin, fresh, parsed),
      fromModel: (modelId, unedited) => {
        host.setModelId(modelId);
        if (unedited) this.modelScenario = modelId !== '' ? (host.scenario.history?.present ?? null) : null;
      },
      restored: (work) => {
        host.scenario.baseline = work.baseline;
        this.restoredWork = work;
        host.workspace.claim(work.scenario);
      },
      checkingFile: (checking) => {
        this.#checkingFiles += checking ? 1 : -1;
        host.requestUpdate();
      },
      rejected: (fileName, problems) => this.#rejected(fileName, problems),
      openShared: (state, view) => this.#openShared(state, view),
    });
  }

  /** A large scenario (set as a whole, or a file imported) is being validated, in slices: the status line says so. */
  get checking(): boolean {
    return this.host.scenario.checking || this.#checkingFiles > 0;
  }

  /** First scenario, unless one was set by property before connection: a link, the autosave, `src`. */
  start(): void {
    // Pinned before a reload: the comparison comes back with the tab's work (a link's own base replaces it).
    this.host.pinned.restore(this.#solvePinned);
    this.loader.start();
  }

  /** As ScenarioState.adopt (at once, or later for a large scenario); a scenario set by the page or a counter-example is no model file's. */
  adopt(input: unknown, origin: Origin, label: string, adopted: () => void = () => {}): void {
    this.host.scenario.adopt(input, origin, label, () => {
      if (origin === 'property' || origin === 'counter-example') this.host.setModelId('');
      adopted();
    });
  }

  /** Opens saved work here, as one undo step. */
  openSaved(work: SavedWork): void {
    this.host.scenario.baseline = work.baseline;
    this.host.scenario.replace(work.scenario, 'saved', false);
    this.host.setModelId('');
  }

  /** An entry of the workspace opened: one undo step, with the analysis settings it keeps. */
  openEntry(entry: WorkspaceEntry): void {
    this.loader.overtake(); // opening overrides a model still loading
    this.host.scenario.baseline = entry.baseline;
    this.host.showView(entry.view, null);
    this.host.scenario.replace(entry.scenario, 'saved', false);
    this.host.setModelId('');
    this.modelScenario = null;
    this.host.notices.note('info', msg(str`Opened "${entry.name}". Undo (Ctrl+Z) returns to the scenario before it.`), 'workspace-open');
  }

  /** An analysis's counter-example, opened as one undo step. */
  openCounterExample(detail: OpenScenarioDetail): void {
    this.adopt(detail.scenario, 'counter-example', `The scenario of ${detail.label}`, () =>
      this.host.notices.note('info', msg(str`Opened ${detail.label}. Undo (Ctrl+Z) returns to your scenario.`), 'counter-example'),
    );
  }

  /** A share link's scenario, with the view and the pinned base it carries; the autosave waits until the user changes it. */
  #openShared({ scenario, pinned }: ShareState, { analyses, selected }: SharedView): void {
    this.host.showView(analyses, selected);
    this.host.autosave.hold = true;
    this.host.scenario.baseline = scenario;
    this.host.scenario.replace(scenario, 'share', true);
    if (pinned) this.host.pinned.adopt(pinned, this.#solvePinned);
  }

  /**
   * The user changed the scenario a share link holds (opened from one, or
   * shared with the Share button): it is theirs now. Autosave resumes and
   * the link leaves the address bar, so a reload restores their edits rather
   * than the link's original.
   */
  releaseShare(): void {
    this.host.autosave.hold = false;
    if (typeof location !== 'undefined' && location.hash.startsWith('#share=')) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }

  /**
   * A pinned base that came without its answer (a link, a storage too full
   * for it), solved on the analyses' pool: the app's own solver answers the
   * latest scenario only, and a second solve there would make the first stale.
   */
  #solvePinned = async (scenario: Scenario): Promise<Result | null> => {
    const [result] = await this.host.runner.solveMany([scenario]);
    return result ?? null;
  };

  /** The top bar's file input: the file chosen is imported. */
  readonly onFileChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire `change` again
    if (file) void this.loader.importFile(file);
  };

  /** A file was refused: its problems are listed in a dialog. */
  #rejected(fileName: string, problems: readonly Problem[]): void {
    const said = `"${fileName}" is not a valid scenario file; nothing was changed.`;
    // The event comes once the dialog that shows the problems can be drawn (its chunk loaded).
    void import('./import-dialog')
      .then((dialog) => {
        this.#importDialog = dialog;
        this.#importFailure = { fileName, problems };
        this.host.requestUpdate();
      })
      .catch(() => this.host.notices.note('error', msg(str`"${fileName}" is not a valid scenario file; nothing was changed.`)))
      .finally(() => this.host.notices.error(said, problems));
  }

  /** The dialog listing a refused file's problems, or nothing. */
  renderImportDialog(): TemplateResult | typeof nothing {
    return this.#importDialog?.renderImportDialog(this.#importFailure, this.#closeImportDialog) ?? nothing;
  }

  /** After an update: the dialog just drawn for a refused file opens, modal. */
  showImportDialog(): void {
    const dialog = this.host.root().querySelector<HTMLDialogElement>('dialog.import-errors');
    if (dialog && this.#importFailure !== null && !dialog.open) dialog.showModal();
  }

  #closeImportDialog = (): void => {
    this.host.root().querySelector<HTMLDialogElement>('dialog.import-errors')?.close();
    this.#importFailure = null;
    this.host.requestUpdate();
  };
}
