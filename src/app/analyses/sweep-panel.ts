import { msg, str } from '../../components/i18n';
import { elementLocale } from '../../components/element-locale';
import { formatNumber } from '../../components/format';
import { css, html, nothing, type TemplateResult } from 'lit';
import { linspace } from '../../analysis/linspace';
import { MAX_SWEEP_STEPS } from '../../analysis/limits';
import { sweepMany } from '../../analysis/sweep-many';
import { formatSweepCsv } from '../../analysis/sweep-csv';
import type { Sweep } from '../../analysis/sweep';
import { listParameters } from '../../model/parameter-path';
import { formatProblem } from '../../model/format-problem';
import type { Problem } from '../../model/types';
import '../../components/corridor-sweep/corridor-sweep';
import { analysisStem, corridorLegend, type AnalysisFiles } from './analysis-export';
import { AnalysisPanel } from './analysis-panel';
import { defaultParameter, defaultRange, numberText, readNumber, unitOfParameter } from './default-range';
import './parameter-picker';
import type { ParameterChangeDetail } from './parameter-picker';
import { defineElement } from '../../components/define-element';

export { MAX_SWEEP_STEPS };

/** A sweep's settings as a share link carries them. */
export interface SweepSettings {
  readonly parameter: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/**
 * @summary Sweep: solve the scenario once per value of one parameter, on the
 * worker pool, and draw `<corridor-sweep>`; export it exactly as
 * `corridor-flow sweep --csv` / `--json` print it.
 */
export class CorridorSweepPanel extends AnalysisPanel {
  // The chart's own CSV/JSON buttons give way to the panel's Export menu, the one every analysis shares.
  static override styles = [
    ...AnalysisPanel.styles,
    css`
      corridor-sweep.in-panel::part(export) {
        display: none;
      }
    `,
  ];

  static override properties = {
    ...AnalysisPanel.properties,
    initial: { attribute: false },
    parameter: { state: true },
    fromText: { state: true },
    toText: { state: true },
    stepsText: { state: true },
    problems: { state: true },
    sweep: { state: true },
  };

  /** Settings to start from (a share link); applied when set. */
  declare initial: SweepSettings | null;
  declare parameter: string;
  declare fromText: string;
  declare toText: string;
  declare stepsText: string;
  /** Why the range was refused (invalid values), as the sweep reports them. */
  declare problems: readonly Problem[];
  /** The last finished sweep. */
  declare sweep: Sweep | null;

  constructor() {
    super();
    this.initial = null;
    this.parameter = '';
    this.fromText = '';
    this.toText = '';
    this.stepsText = '';
    this.problems = [];
    this.sweep = null;
  }

  /** The form's settings, when they are numbers (for a share link). */
  get settings(): SweepSettings | null {
    const [locale, unit] = [elementLocale(this), unitOfParameter(this.parameter)];
    const from = readNumber(this.fromText, locale, unit);
    const to = readNumber(this.toText, locale, unit);
    const steps = readNumber(this.stepsText, locale);
    return this.parameter === '' || from === null || to === null || steps === null ? null : { parameter: this.parameter, from, to, steps };
  }

  #applied: SweepSettings | null = null;

  protected override willUpdate(): void {
    const scenario = this.scenario;
    if (scenario === null) return;
    if (this.initial !== null && this.initial !== this.#applied && listParameters(scenario).includes(this.initial.parameter)) {
      this.#applied = this.initial;
      const { parameter, from, to, steps } = this.initial;
      this.parameter = parameter;
      this.setRange(from, to, steps);
    } else if (this.parameter === '' || !listParameters(scenario).includes(this.parameter)) {
      this.choose(defaultParameter(scenario));
    }
  }

  private choose(path: string): void {
    this.parameter = path;
    if (this.scenario === null || path === '') return;
    const { from, to, steps } = defaultRange(this.scenario, path, readNumber(this.stepsText, elementLocale(this)) ?? undefined);
    this.setRange(from, to, steps);
  }

  private setRange(from: number, to: number, steps: number): void {
    this.fromText = numberText(from, elementLocale(this));
    this.toText = numberText(to, elementLocale(this));
    this.stepsText = numberText(steps, elementLocale(this));
  }

  /** Starts the sweep (what the Run button does). */
  async run(): Promise<void> {
    const [locale, unit] = [elementLocale(this), unitOfParameter(this.parameter)];
    const from = readNumber(this.fromText, locale, unit);
    const to = readNumber(this.toText, locale, unit);
    const steps = readNumber(this.stepsText, locale);
    const problems: Problem[] = [];
    if (from === null) problems.push({ path: 'from', message: 'expected a number' });
    if (to === null) problems.push({ path: 'to', message: 'expected a number' });
    if (steps === null || !Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_STEPS) {
      problems.push({ path: 'steps', message: `expected a whole number from 1 to ${MAX_SWEEP_STEPS}` });
    }
    this.problems = problems;
    if (problems.length > 0) return;
    const path = this.parameter;
    const values = linspace(from!, to!, steps!);
    this.sweep = null;
    const outcome = await this.runTask((scenario, runner, control) => sweepMany(scenario, path, values, runner.solveMany, control));
    if (outcome === undefined) return;
    if (!outcome.ok) {
      this.problems = outcome.errors;
      return;
    }
    this.sweep = outcome.sweep;
  }

  protected override exportFiles(): AnalysisFiles | null {
    const sweep = this.sweep;
    const scenario = this.ranFor;
    if (sweep === null || scenario === null) return null;
    const locale = elementLocale(this);
    return {
      stem: analysisStem(scenario, 'sweep'),
      // As `sweep --json` prints it: `{ parameter, points: [{ value, result }] }`; the CSV as `sweep --csv`, byte for byte.
      json: () => sweep,
      csv: () => formatSweepCsv(sweep),
      chart: {
        element: () => this.renderRoot.querySelector('corridor-sweep'),
        options: {
          title: msg(str`${scenario.name}: sweep of ${sweep.parameter}`),
          subtitle: msg(str`Share of served freight per corridor (%) and generalised cost (money + time valued, USD/yr) as ${sweep.parameter} goes from ${formatNumber(sweep.points[0]?.value ?? 0, { locale })} to ${formatNumber(sweep.points.at(-1)?.value ?? 0, { locale })}.`),
          legend: corridorLegend(scenario),
        },
      },
    };
  }

  protected override render(): TemplateResult {
    return html`
      <p class="hint">
        ${msg('Solves the scenario once per value of one number, evenly spaced from "From" to "To", and shows how the split, the generalised cost (money + time valued) and that number\'s marginal value move. Regime changes (a different set of binding constraints) are marked.')}
      </p>
      <div class="settings">
        <label class="field wide">
          <span>${msg('Parameter')}</span>
          <corridor-parameter-picker
            .scenario=${this.scenario}
            .value=${this.parameter}
            label=${msg('Parameter to sweep')}
            @corridor-parameter-change=${(e: CustomEvent<ParameterChangeDetail>) => this.choose(e.detail.path)}
          ></corridor-parameter-picker>
        </label>
        <label class="field">
          <span>${msg('From')}</span>
          <input type="text" inputmode="decimal" name="from" .value=${this.fromText} @input=${(e: Event) => (this.fromText = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>${msg('To')}</span>
          <input type="text" inputmode="decimal" name="to" .value=${this.toText} @input=${(e: Event) => (this.toText = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>${msg('Steps')}</span>
          <input
            type="number"
            name="steps"
            min="1"
            max=${MAX_SWEEP_STEPS}
            step="1"
            .value=${this.stepsText}
            @input=${(e: Event) => (this.stepsText = (e.target as HTMLInputElement).value)}
          />
        </label>
        ${this.renderRun(msg('Run sweep'), () => void this.run(), this.parameter === '')}
      </div>
      ${this.problems.length > 0
        ? html`<div class="message error problems" role="alert">
            ${msg('The sweep was not run:')}
            <ul>
              ${this.problems.map((p) => html`<li>${formatProblem(p)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.renderMessages(this.sweep !== null)}
      ${this.renderExport()}
      <corridor-sweep
        class="in-panel"
        .sweep=${this.sweep}
        .scenario=${this.sweep === null ? this.scenario : this.ranFor}
        .progress=${this.progress !== null && this.progress.total > 0 ? this.progress : null}
        @corridor-cancel=${() => this.cancel()}
      ></corridor-sweep>
    `;
  }
}

defineElement('corridor-sweep-panel', CorridorSweepPanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-sweep-panel': CorridorSweepPanel;
  }
}
