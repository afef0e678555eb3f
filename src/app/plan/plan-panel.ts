import { defineElement } from '../../components/define-element';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { localized, msg, str } from '../../components/i18n';
import type { Problem, Scenario } from '../../model/types';
import type { PlanOptions, PlanProgress, PlanResult } from '../../plan/types';
import { elementLocale } from '../../components/element-locale';
import { afterNextFrame, whenIdle } from '../../components/staged-parts';
import type { CorridorPlan, PlanWhatIfDetail, PlanYearSelectDetail } from '../../components/corridor-plan/corridor-plan';
import '../../components/corridor-plan/corridor-plan';
import '../../components/corridor-bottlenecks/corridor-bottlenecks';
import { AnalysisPanel } from '../analyses/analysis-panel';
import { readNumber } from '../analyses/default-range';
import { downloadBlob, downloadFile, fileStem } from '../download-file';
import { planInputProblems } from './plan-input-problems';
import { planToCsv } from './plan-to-csv';
import { bestPlanSoFar } from './best-plan-so-far';
import { planYearScenario } from './plan-year-scenario';
import { whatIf } from './what-if';
import { whatIfColumn, whatIfSummary, type WhatIfRun } from './what-if-view';
import { planProgressRow } from './plan-progress-row';
import { planInputsSummary } from './plan-inputs-summary';
import { planPanelStyles } from './plan-panel.styles';
import './plan-inputs';

/**
 * @summary The Plan tab: the scenario's horizon and projects, editable (as
 * undoable edits of the scenario), the plan run in a worker of its own with
 * its incumbent, bound and gap as it goes and a Cancel button, and the
 * answer as a cost–benefit report (`<corridor-plan>`), "what binds" in a
 * chosen model year, what-if re-plans side by side, and exports (JSON, CSV
 * per year, the chart as SVG and PNG).
 *
 * A new plan's report comes in parts, a frame apart: the chart, the
 * appraisal, the yearly figures, then "what binds". `updateComplete`
 * resolves once all of it is done.
 *
 * @event corridor-change - A planning input was edited (from `<corridor-plan-inputs>`). `detail: { scenario, phase }`.
 */
@localized()
export class CorridorPlanPanel extends AnalysisPanel {
  static override styles = [...AnalysisPanel.styles, planPanelStyles];

  static override properties = {
    ...AnalysisPanel.properties,
    draft: { attribute: false },
    problems: { attribute: false },
    plan: { state: true },
    year: { state: true },
    planProgress: { state: true },
    gapText: { state: true },
    timeText: { state: true },
    optionProblem: { state: true },
    comparison: { state: true },
    bindsFor: { state: true },
    inputsOpen: { state: true },
  };

  /** The scenario as the editor holds it (may be invalid): what the inputs show. */
  declare draft: Scenario | null;
  /** The app's problems of `draft`. */
  declare problems: readonly Problem[];
  /** The last plan, for `ranFor`. */
  declare plan: PlanResult | null;
  /** The model year whose "what binds" is shown. */
  declare year: number | null;
  declare planProgress: PlanProgress | null;
  declare gapText: string;
  declare timeText: string;
  declare optionProblem: string | null;
  declare comparison: WhatIfRun | null;
  /** The plan whose "what binds" is drawn: set a frame after the plan's whole report (see `#afterReport`). */
  declare bindsFor: PlanResult | null;
  /**
   * Whether the planning inputs are unfolded. Folded away under a plan they stay in the document, where the
   * closed `<details>` keeps them out of style, layout and paint (Chromium's `::details-content` is
   * `content-visibility: hidden`): on the 100x network they were thousands of elements (a growth field per demand,
   * a parameter list per step change; the inputs now draw a folded growth table and project lines, under 200),
   * and taking them off was a task of 68 ms as the answer came, building them again another when unfolded.
   */
  declare inputsOpen: boolean;

  #whatIfController: AbortController | null = null;
  /** Per render these would be redone for every progress event of a plan: on the 100x network, tens of ms each. */
  #problemsOf: { readonly scenario: Scenario; readonly problems: readonly Problem[] } | null = null;
  #yearScenarioOf: { readonly scenario: Scenario; readonly plan: PlanResult; readonly year: number; readonly value: Scenario } | null = null;
  /** What follows a new plan's report, frame by frame (`#afterReport`); null once done. */
  #settling: Promise<void> | null = null;
  /** What the inputs were last given: folded away they keep it, so an edit elsewhere does not redraw thousands of hidden fields. */
  #inputsFor: { readonly scenario: Scenario | null; readonly problems: readonly Problem[] } = { scenario: null, problems: [] };

  constructor() {
    super();
    this.draft = null;
    this.problems = [];
    this.plan = null;
    this.year = null;
    this.planProgress = null;
    this.gapText = '0.01';
    this.timeText = '60';
    this.optionProblem = null;
    this.comparison = null;
    this.bindsFor = null;
    this.inputsOpen = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#whatIfController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first year of a new plan is the one "what binds" opens on.
    if (changed.has('plan') && this.plan !== null && !this.plan.years.some((y) => y.year === this.year)) this.year = this.plan.years[0]?.year ?? null;
    // The inputs fold away when a plan comes and unfold when it goes; between, the reader's choice stands.
    if (changed.has('plan') && (changed.get('plan') == null) !== (this.plan === null)) this.inputsOpen = this.plan === null;
    const scenario = this.draft ?? this.scenario;
    if (this.inputsOpen && (this.#inputsFor.scenario !== scenario || this.#inputsFor.problems !== this.problems)) this.#inputsFor = { scenario, problems: this.problems };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plan = this.plan;
    if (changed.has('plan') && plan !== null && this.bindsFor !== plan) {
      const settling = this.#afterReport(plan).finally(() => {
        if (this.#settling === settling) this.#settling = null;
      });
      this.#settling = settling;
    }
  }

  /**
   * After a new plan's report is whole (`<corridor-plan>` draws its parts a
   * frame apart), "what binds" a frame later: on the 100x network each is a
   * large render, and together in one task they went well over 50 ms.
   */
  async #afterReport(plan: PlanResult): Promise<void> {
    await this.renderRoot.querySelector<CorridorPlan>('corridor-plan.current')?.updateComplete;
    await afterNextFrame();
    if (this.plan !== plan) return;
    this.bindsFor = plan;
  }

  /** Also waits for what follows a new plan's report ("what binds"), so `await panel.updateComplete` sees it all. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#settling !== null) {
      await this.#settling;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #inputProblems(scenario: Scenario | null): readonly Problem[] {
    if (scenario === null) return [];
    if (this.#problemsOf?.scenario !== scenario) this.#problemsOf = { scenario, problems: planInputProblems(scenario) };
    return this.#problemsOf.problems;
  }

  #yearScenario(scenario: Scenario, plan: PlanResult, year: number): Scenario {
    const kept = this.#yearScenarioOf;
    if (kept?.scenario === scenario && kept.plan === plan && kept.year === year) return kept.value;
    const value = planYearScenario(scenario, plan, year);
    this.#yearScenarioOf = { scenario, plan, year, value };
    return value;
  }

  #options(): PlanOptions | null {
    const gap = readNumber(this.gapText);
    const time = this.timeText.trim() === '' ? undefined : readNumber(this.timeText);
    if (gap === null || gap < 0 || gap >= 100) {
      this.optionProblem = msg('The gap should be a percentage from 0 to below 100 (0.01 stops within 0.01 % of the best possible plan).');
      return null;
    }
    if (time === null || (time !== undefined && !(time > 0))) {
      this.optionProblem = msg('The time limit should be a number of seconds above 0, or empty for none.');
      return null;
    }
    this.optionProblem = null;
    return { gap: gap / 100, ...(time !== undefined ? { timeLimitSeconds: time } : {}) };
  }

  /** Plans the last valid scenario (what the Run button does). */
  async run(): Promise<void> {
    const options = this.#options();
    if (options === null) return;
    this.planProgress = null;
    const drawn = this.#untilDrawn();
    try {
      const outcome = await this.runTask((scenario, runner, control) =>
        runner.plan(scenario, options, { signal: control.signal, onProgress: (p) => (this.planProgress = p), holdWorkerUntil: drawn.promise }),
      );
      this.planProgress = null;
      if (outcome === undefined) return;
      this.comparison = null;
      // A failed plan has no figures to report: the inputs stay open, and the message says why.
      this.plan = outcome.status === 'error' ? null : outcome;
      if (outcome.status === 'error') this.error = msg(str`The plan failed: ${(outcome.diagnosis ?? []).join('; ') || msg('no reason given')}.`);
    } finally {
      drawn.release();
    }
  }

  /**
   * What a plan's worker is kept for (`holdWorkerUntil`): `release()` once the answer is set, and the promise
   * settles when the page has drawn all of it (`updateComplete`: the report's parts and "what binds", then the
   * frame that lays out and paints the last of them, and the page is idle: a width measured after that frame
   * can ask for one more), so the worker's teardown does not compete with those frames for a core.
   */
  #untilDrawn(): { readonly promise: Promise<unknown>; readonly release: () => void } {
    let release!: () => void;
    const set = new Promise<void>((resolve) => (release = resolve));
    return { promise: set.then(() => this.updateComplete).then(afterNextFrame).then(() => whenIdle()), release };
  }

  override cancel(): void {
    super.cancel();
    this.planProgress = null;
  }

  #onWhatIf = async (event: CustomEvent<PlanWhatIfDetail>): Promise<void> => {
    const scenario = this.ranFor;
    const plan = this.plan;
    const runner = this.runner;
    if (scenario === null || plan === null || runner === null) return;
    const question = whatIf(scenario, plan, event.detail.project, event.detail.kind);
    if (question === null) return;
    const options = this.#options();
    if (options === null) return;
    this.#whatIfController?.abort();
    const controller = new AbortController();
    this.#whatIfController = controller;
    this.comparison = { question, plan: null, progress: null, error: null };
    const drawn = this.#untilDrawn();
    try {
      const result = await runner.plan(question.scenario, options, {
        signal: controller.signal,
        onProgress: (p) => {
          if (this.comparison?.question === question) this.comparison = { ...this.comparison, progress: p };
        },
        holdWorkerUntil: drawn.promise,
      });
      if (controller.signal.aborted) return;
      this.comparison = { question, plan: result, progress: null, error: result.status === 'error' ? (result.diagnosis ?? []).join('; ') : null };
    } catch (error) {
      if (controller.signal.aborted) return;
      this.comparison = { question, plan: null, progress: null, error: error instanceof Error ? error.message : String(error) };
    } finally {
      drawn.release();
      if (this.#whatIfController === controller) this.#whatIfController = null;
    }
  };

  #cancelWhatIf = (): void => {
    this.#whatIfController?.abort();
    this.#whatIfController = null;
    this.comparison = null;
  };

  #export = async (format: 'json' | 'csv' | 'svg' | 'png'): Promise<void> => {
    const plan = this.plan;
    const scenario = this.ranFor;
    if (plan === null || scenario === null) return;
    const stem = `${fileStem(scenario.name)}-plan`;
    if (format === 'json') downloadFile(`${stem}.json`, `${JSON.stringify(plan, null, 2)}\n`, 'application/json');
    else if (format === 'csv') downloadFile(`${stem}.csv`, planToCsv(scenario, plan), 'text/csv');
    else {
      const chart = this.renderRoot.querySelector<CorridorPlan>('corridor-plan.current');
      if (chart === null) return;
      if (format === 'svg') {
        const text = chart.chartSvg();
        if (text !== null) downloadFile(`${stem}.svg`, text, 'image/svg+xml');
      } else {
        const png = await chart.chartPng(2);
        if (png !== null) downloadBlob(`${stem}.png`, png);
      }
    }
  };

  protected override render(): TemplateResult {
    const inputProblems = this.#inputProblems(this.scenario);
    const noHorizon = this.scenario?.horizon === undefined;
    return html`
      <p class="hint">
        ${msg(
          'Which projects to build, how big and when: the model years of the horizon are solved together, each project opening once and staying open, costs discounted to the base year. Edits here are edits of the scenario (Undo reverts them).',
        )}
      </p>
      <details class="inputs" ?open=${this.inputsOpen} @toggle=${(e: Event) => (this.inputsOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${planInputsSummary(this.draft ?? this.scenario, elementLocale(this))}</summary>
        <corridor-plan-inputs .scenario=${this.#inputsFor.scenario} .problems=${this.#inputsFor.problems}></corridor-plan-inputs>
      </details>
      <div class="settings">
        <label class="field">
          <span>${msg('Stop within gap (%)')}</span>
          <input type="number" name="gap" min="0" step="0.01" .value=${this.gapText} @input=${(e: Event) => (this.gapText = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>${msg('Time limit (s, empty: none)')}</span>
          <input type="number" name="time-limit" min="1" step="1" .value=${this.timeText} @input=${(e: Event) => (this.timeText = (e.target as HTMLInputElement).value)} />
        </label>
        ${this.renderRun(msg('Plan', { id: 'plan-run' }), () => void this.run(), noHorizon || inputProblems.length > 0)}
      </div>
      ${this.optionProblem !== null ? html`<p class="message error" role="alert">${this.optionProblem}</p>` : nothing}
      ${planProgressRow(this.running ? this.planProgress : null, this.running, () => this.cancel(), elementLocale(this))}
      ${this.running && this.planProgress?.plan !== undefined ? bestPlanSoFar(this.planProgress.plan, this.scenario, elementLocale(this)) : nothing}
      ${this.renderMessages(this.plan !== null)} ${this.plan === null ? nothing : this.renderReport(this.plan)}
    `;
  }

  private renderReport(plan: PlanResult): TemplateResult {
    const scenario = this.ranFor;
    const locale = elementLocale(this);
    const year = plan.years.find((y) => y.year === this.year) ?? null;
    const c = this.comparison;
    return html`
      <div class="exports" role="group" aria-label=${msg('Export the plan')}>
        <span>${msg('Export:')}</span>
        <button type="button" data-export="json" @click=${() => void this.#export('json')}>${msg('Plan (JSON)')}</button>
        <button type="button" data-export="csv" @click=${() => void this.#export('csv')}>${msg('Per year (CSV)')}</button>
        <button type="button" data-export="svg" ?disabled=${plan.years.length === 0} @click=${() => void this.#export('svg')}>${msg('Chart (SVG)')}</button>
        <button type="button" data-export="png" ?disabled=${plan.years.length === 0} @click=${() => void this.#export('png')}>${msg('Chart (PNG)')}</button>
      </div>
      ${c?.plan != null ? whatIfSummary(c as WhatIfRun & { plan: PlanResult }, plan, this.#cancelWhatIf, locale) : nothing}
      <div class=${c === null ? 'plans' : 'plans side-by-side'}>
        <corridor-plan
          class="current"
          heading=${c === null ? msg('Plan', { id: 'plan-heading' }) : msg('Current plan')}
          .plan=${plan}
          .scenario=${scenario}
          .year=${this.year}
          what-if
          @corridor-year-select=${(e: CustomEvent<PlanYearSelectDetail>) => (this.year = e.detail.year)}
          @corridor-what-if=${this.#onWhatIf}
        ></corridor-plan>
        ${c === null ? nothing : whatIfColumn(c, this.#cancelWhatIf, locale)}
      </div>
      ${year === null || scenario === null || this.bindsFor !== plan
        ? nothing
        : html`<section class="binds" aria-labelledby="binds-title">
            <h3 id="binds-title">
              ${msg('What binds in')}
              <select name="year" aria-label=${msg('Model year')} @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}>
                ${plan.years.map((y) => html`<option value=${y.year} ?selected=${y.year === this.year}>${y.year}</option>`)}
              </select>
              <span class="hint-inline">${msg("with the plan's projects open that year")}</span>
            </h3>
            <corridor-bottlenecks .scenario=${this.#yearScenario(scenario, plan, year.year)} .result=${year.result}></corridor-bottlenecks>
          </section>`}
    `;
  }
}

defineElement('corridor-plan-panel', CorridorPlanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-plan-panel': CorridorPlanPanel;
  }
}
