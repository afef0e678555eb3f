import { exportAnalysis, renderExportMenu, type AnalysisFiles } from './analysis-export';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../../model/types';
import { sharedStyles } from '../../components/shared.styles';
import { elementLocale } from '../../components/element-locale';
import { formatPercent } from '../../components/format';
import { styleProps } from '../../components/style-props';
import { analysisFormStyles, analysisPanelStyles } from './analysis-panel.styles';
import type { AnalysisRunner, BatchControl } from './analysis-runner';
import { throttleProgress } from './throttle-progress';
import { localized, msg, str } from '../../components/i18n';

/** Solves done of the total while a run is on; `total` 0 while it is being prepared. */
export interface RunProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * What every analysis panel shares: the scenario and the runner it is given,
 * one run at a time with a progress bar and Cancel, the error of the last
 * run, and which scenario the shown figures belong to (so an edit after a
 * run is flagged instead of silently mixing two scenarios).
 *
 * Nothing runs until the user presses the panel's Run button.
 */
@localized()
export abstract class AnalysisPanel extends LitElement {
  static override styles = [sharedStyles, analysisFormStyles, analysisPanelStyles];

  static override properties = {
    scenario: { attribute: false },
    runner: { attribute: false },
    progress: { state: true },
    error: { state: true },
    cancelled: { state: true },
    ranFor: { state: true },
  };

  /** The scenario the next run uses (the app's last valid one). */
  declare scenario: Scenario | null;
  /** Where batches run; the app passes its worker pool. */
  declare runner: AnalysisRunner | null;
  /** Set while a run is on. */
  declare progress: RunProgress | null;
  /** Why the last run failed, for a person to read; null when it did not. */
  declare error: string | null;
  /** Set when the user cancelled the last run. */
  declare cancelled: string | null;
  /** The scenario the figures on screen were computed for. */
  declare ranFor: Scenario | null;

  #controller: AbortController | null = null;
  #token = 0;

  constructor() {
    super();
    this.scenario = null;
    this.runner = null;
    this.progress = null;
    this.error = null;
    this.cancelled = null;
    this.ranFor = null;
  }

  /** True while a run is on. */
  get running(): boolean {
    return this.#controller !== null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
  }

  /**
   * Runs `task` on the current scenario with a fresh cancel signal and a
   * throttled progress report. Resolves with its value, or `undefined` when
   * it failed (then `error` says why), was cancelled or was overtaken by a
   * newer run.
   */
  protected async runTask<T>(task: (scenario: Scenario, runner: AnalysisRunner, control: Required<BatchControl>) => Promise<T>): Promise<T | undefined> {
    const scenario = this.scenario;
    const runner = this.runner;
    if (scenario === null || runner === null) return undefined;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const token = ++this.#token;
    this.error = null;
    this.cancelled = null;
    this.progress = { done: 0, total: 0 };
    const onProgress = throttleProgress((done, total) => {
      if (token === this.#token && !controller.signal.aborted) this.progress = { done, total };
    });
    try {
      const value = await task(scenario, runner, { signal: controller.signal, onProgress });
      if (token !== this.#token || controller.signal.aborted) return undefined;
      this.ranFor = scenario;
      return value;
    } catch (error) {
      if (token === this.#token && !controller.signal.aborted) this.error = msg(str`The run failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      if (token === this.#token) {
        this.#keepFocusOnRun();
        this.#controller = null;
        this.progress = null;
      }
    }
  }

  /** Stops the run in progress; its partial work is dropped. */
  cancel(): void {
    const controller = this.#controller;
    if (controller === null) return;
    const p = this.progress;
    this.cancelled = p !== null && p.total > 0 ? msg(str`Cancelled after ${p.done} of ${p.total} solves; nothing was kept from that run.`) : msg('Cancelled.');
    this.#keepFocusOnRun();
    this.#controller = null;
    this.#token++;
    this.progress = null;
    controller.abort();
  }

  /** The progress bar with its Cancel button, while a run is on. */
  protected renderProgress(what = msg('solves')): TemplateResult | typeof nothing {
    const p = this.progress;
    if (p === null) return nothing;
    const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    const text = p.total > 0 ? `${p.done} / ${p.total} ${what} (${formatPercent(fraction, { locale: elementLocale(this) })})` : msg('Starting…');
    return html`
      <div class="progress-row">
        <div
          class="progress"
          role="progressbar"
          aria-label=${msg('Progress')}
          aria-valuemin="0"
          aria-valuemax=${p.total}
          aria-valuenow=${p.done}
          aria-valuetext=${text}
        >
          <div class="progress-fill" style=${styleProps({ width: `${fraction * 100}%` })}></div>
        </div>
        <span class="progress-text">${text}</span>
        <button type="button" class="cancel" @click=${() => this.cancel()}>${msg('Cancel')}</button>
      </div>
    `;
  }

  /** The last run's error, a cancel note, and a warning when the scenario changed since the figures were computed. */
  protected renderMessages(hasOutput: boolean): TemplateResult {
    return html`
      ${this.error !== null ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
      ${this.cancelled !== null ? html`<p class="message" role="status">${this.cancelled}</p>` : nothing}
      ${hasOutput && this.ranFor !== null && this.ranFor !== this.scenario && !this.running
        ? html`<p class="message warning stale" role="status">
            ${msg('The scenario has changed since this ran: the figures below are for the earlier version. Run again to update them.')}
          </p>`
        : nothing}
    `;
  }

  /**
   * The Run button: disabled without a scenario (or when `disabled`); while
   * running it is only marked so (`aria-disabled`, `aria-busy`) and ignores
   * presses, because a really disabled button drops keyboard focus to the top
   * of the page, and the person pressing Enter on it would lose their place.
   */
  protected renderRun(label: string, run: () => void, disabled = false): TemplateResult {
    const running = this.running;
    return html`<button
      type="button"
      class="primary run"
      ?disabled=${disabled || this.scenario === null}
      aria-disabled=${running ? 'true' : 'false'}
      aria-busy=${running ? 'true' : 'false'}
      @click=${() => {
        if (!this.running) run();
      }}
    >
      ${running ? msg('Running…') : label}
    </button>`;
  }

  /** The files this panel's figures can be exported as (see analysis-export.ts); null while there are none. */
  protected exportFiles(): AnalysisFiles | null {
    return null;
  }

  /** The shared Export menu (CSV, JSON, chart as SVG and PNG), once there are figures and no run is on. */
  protected renderExport(): TemplateResult | typeof nothing {
    const files = this.running ? null : this.exportFiles();
    return renderExportMenu(files, (format) => {
      if (files !== null) void exportAnalysis(files, format);
    });
  }

  /** After a run ends or is cancelled, focus on the Cancel button (now gone) goes back to Run rather than to the page's top. */
  #keepFocusOnRun(): void {
    const cancel = this.renderRoot.querySelector('button.cancel');
    if (cancel === null || (this.renderRoot as ShadowRoot).activeElement !== cancel) return;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('button.run')?.focus());
  }
}
