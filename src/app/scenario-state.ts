import type { ReactiveControllerHost } from 'lit';
import { formatProblem } from '../model/format-problem';
import { failedCheck, parseScenario } from '../model/parse-scenario';
import type { ParseOutcome, Problem, Scenario } from '../model/types';
import type { CorridorChangeDetail } from './corridor-flow-events';
import { recordEdit, redo, startHistory, undo, type EditHistory, type EditPhase } from './edit-history';
import type { NoticesController } from './notices-controller';
import { isLargeScenarioInput, loadLargeScenarioChunk } from './large-scenario';
import { BASELINE_ORIGINS, USER_ORIGINS, type Origin } from './scenario-origin';
import { validateEdit, type Validated } from './validate-edit';

/** What the scenario's state tells the rest of the app. */
export interface ScenarioStateHost {
  readonly notices: NoticesController;
  /** A scenario replaced the one on screen (not an edit of it): answers to the old one are not its answers. */
  replaced(origin: Origin): void;
  /** The undo history changed (to be kept over a reload). */
  historyChanged(): void;
  /** The user changed the scenario (edit, undo, import, picker…), before it is saved or solved. */
  userChanged(): void;
  /** The user edited `before` into `after` (before either is saved). */
  edited(before: Scenario, after: Scenario): void;
  /** `scenario` (valid) is now the one to save and solve. */
  valid(scenario: Scenario, origin: Origin): void;
  /** A whole scenario was just validated: the update it causes is drawn in the next task. */
  validatedWhole(): void;
  /** The user changed the scenario: fire the element's `corridor-change`. */
  changed(detail: CorridorChangeDetail): void;
}

/**
 * The scenario and its undo history: what is on screen (`history.present`,
 * valid or not), the newest valid one (`lastValid`, what is solved while the
 * editor holds an invalid value), its problems, and the baseline the
 * editor's ticks and reset buttons measure against. User changes fire
 * `corridor-change` from the element.
 */
export class ScenarioState {
  #history: EditHistory<Scenario> | null = null;
  #lastValid: Scenario | null = null;
  /** Problems of `history.present` (empty when it is valid). */
  #problems: readonly Problem[] = [];
  /** The newest valid scenario with its full validation outcome: an edit of one number of it is checked alone (validate-edit.ts). */
  #validated: Validated | null = null;
  /** Counts scenarios given as a whole and changes of the one on screen: a sliced validation whose number is passed is dropped. */
  #opening = 0;
  #checking = false;
  /** The scenario the editor measures changes against (see BASELINE_ORIGINS). */
  baseline: Scenario | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly app: ScenarioStateHost,
  ) {}

  get history(): EditHistory<Scenario> | null {
    return this.#history;
  }

  /** The undo history read back after a reload. */
  set history(history: EditHistory<Scenario> | null) {
    this.#history = history;
    this.host.requestUpdate();
  }

  get present(): Scenario | null {
    return this.#history?.present ?? null;
  }

  get lastValid(): Scenario | null {
    return this.#lastValid;
  }

  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** True while a large scenario given as a whole is being validated (in slices): the one on screen stays until it is. */
  get checking(): boolean {
    return this.#checking;
  }

  /**
   * Validates `input` (JSON text or an object) and, when it is valid, makes
   * it the scenario and calls `adopted`; when it is invalid, changes nothing
   * and reports its problems. A large input (large-scenario.ts) is
   * validated in slices after this returns, once the chunk that does it
   * has arrived (if it cannot, that is the problem reported): until then the scenario on
   * screen, its answer and `lastValid` stay as they were (so nothing
   * unchecked is ever solved), and any newer scenario, edit, undo or redo
   * drops it unseen (the newest wins, as for loads).
   */
  adopt(input: unknown, origin: Origin, label: string, adopted: () => void = () => {}): void {
    const opening = this.#drop();
    if (!isLargeScenarioInput(input)) {
      this.#adopted(parseScenario(input), origin, label, adopted);
      return;
    }
    this.#checking = true;
    this.host.requestUpdate();
    // The code that checks in slices is a chunk of its own (large-scenario-chunk.ts): a newer scenario given
    // while it loads drops this one as while it is checked; if it cannot load, that is the outcome reported.
    loadLargeScenarioChunk()
      .then(({ parseScenarioInSlices, pauseForPage }) => parseScenarioInSlices(input, pauseForPage))
      .catch(failedCheck)
      .then((parsed) => {
        if (opening !== this.#opening) return;
        this.#checking = false;
        this.#adopted(parsed, origin, label, adopted);
      });
  }

  /** Drops a validation still running (its outcome will be ignored); returns the new opening's number. */
  #drop(): number {
    if (this.#checking) this.host.requestUpdate();
    this.#checking = false;
    return ++this.#opening;
  }

  #adopted(parsed: ParseOutcome, origin: Origin, label: string, adopted: () => void): void {
    if (!parsed.ok) {
      const message = `${label} is not a valid scenario (${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'}); nothing was changed.`;
      this.app.notices.note('error', `${message} ${parsed.errors.slice(0, 5).map(formatProblem).join('; ')}`);
      this.app.notices.error(message, parsed.errors);
      return;
    }
    // What the editor's ticks and reset buttons refer to: the scenario as a file, an import
    // or the embedding page gave it; edits, undo and counter-examples do not move it.
    if (BASELINE_ORIGINS.has(origin)) this.baseline = parsed.scenario;
    // Validating a whole scenario is the bulk of this task: the new scenario is drawn in the next one.
    this.app.validatedWhole();
    this.replace(parsed.scenario, origin, origin === 'src' && this.#history === null, parsed);
    adopted();
  }

  /** Makes a valid scenario the present: a new undo step (or a fresh history) and a solve. */
  replace(scenario: Scenario, origin: Origin, fresh: boolean, parsed?: ParseOutcome): void {
    this.#drop();
    this.app.replaced(origin);
    this.#history = fresh || this.#history === null ? startHistory(scenario) : recordEdit(this.#history, scenario, Date.now(), 'step');
    this.#present(origin, parsed);
  }

  /** A user edit (the editor, the analyses, the workspace panel). */
  edit(scenario: Scenario, phase: EditPhase): void {
    if (this.#history === null) return;
    this.#drop();
    const before = this.#history.present;
    this.#history = recordEdit(this.#history, scenario, Date.now(), phase);
    this.app.edited(before, this.#history.present);
    this.#present('edit');
  }

  undo(): void {
    if (this.#history === null || this.#history.past.length === 0) return;
    this.#drop();
    this.#history = undo(this.#history);
    this.#present('undo');
  }

  redo(): void {
    if (this.#history === null || this.#history.future.length === 0) return;
    this.#drop();
    this.#history = redo(this.#history);
    this.#present('undo');
  }

  /**
   * Acts on `history.present`: validate, remember if valid, save and solve,
   * and tell. `known`: the outcome of validating this very object a moment
   * ago (adopt), not repeated.
   */
  #present(origin: Origin, known?: ParseOutcome): void {
    const present = this.#history?.present;
    if (present === undefined) return;
    this.host.requestUpdate();
    // An edit of one number of the last valid scenario is checked alone; anything else in full.
    const parsed = known !== undefined && known.ok && known.scenario === present ? known : validateEdit(this.#validated, present);
    this.#problems = parsed.ok ? [] : parsed.errors;
    this.app.historyChanged();
    if (USER_ORIGINS.has(origin)) this.app.userChanged();
    if (parsed.ok) {
      this.#lastValid = parsed.scenario;
      this.#validated = { scenario: parsed.scenario, outcome: parsed };
      this.app.valid(parsed.scenario, origin);
    }
    if (USER_ORIGINS.has(origin)) this.app.changed({ scenario: present, problems: this.#problems });
  }
}
