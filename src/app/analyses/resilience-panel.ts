import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../components/i18n';
import { DEFAULT_VALUE_OF_LOST_LOAD, resilience, type Resilience } from '../../analysis/resilience';
import { elementLocale } from '../../components/element-locale';
import { readNumber } from './default-range';
import '../../components/corridor-resilience/corridor-resilience';
import { AnalysisPanel } from './analysis-panel';
import { analysisStem, type AnalysisFiles } from './analysis-export';
import { summarizeResilience } from '../../analysis/summarize-resilience';
import { formatResilienceCsv } from '../../analysis/format-resilience-csv';
import { defineElement } from '../../components/define-element';
import { formatUsdPerTonne } from '../../components/format';
import { CHART_ROWS, DAMAGE_PAINT, LOST_LOAD_PAINT } from '../../components/corridor-resilience/damage-chart';

/**
 * @summary Resilience (N−1): every corridor and every used link closed one
 * at a time on the worker pool, ranked by damage, as `<corridor-resilience>`.
 */
export class CorridorResiliencePanel extends AnalysisPanel {
  static override properties = {
    ...AnalysisPanel.properties,
    resilience: { state: true },
    lostLoadText: { state: true },
    problem: { state: true },
  };

  declare resilience: Resilience | null;
  /** The value of lost load as typed, USD/t. */
  declare lostLoadText: string;
  declare problem: string | null;

  constructor() {
    super();
    this.resilience = null;
    this.lostLoadText = String(DEFAULT_VALUE_OF_LOST_LOAD);
    this.problem = null;
  }

  /** Runs the N−1 closures (what the Run button does). */
  async run(): Promise<void> {
    const valueOfLostLoad = readNumber(this.lostLoadText, elementLocale(this), 'usd');
    if (valueOfLostLoad === null || valueOfLostLoad < 0) {
      this.problem = msg(str`The value of lost load should be USD per tonne, 0 or more (got "${this.lostLoadText}").`);
      return;
    }
    this.problem = null;
    this.resilience = null;
    const result = await this.runTask((scenario, runner, control) => resilience(scenario, runner.solveMany, { ...control, valueOfLostLoad }));
    if (result !== undefined) this.resilience = result;
  }

  protected override exportFiles(): AnalysisFiles | null {
    const analysis = this.resilience;
    const scenario = this.ranFor;
    if (analysis === null || scenario === null) return null;
    // As `resilience --json` and `--csv` print them: the ranking's numbers, not every closed variant's full result.
    const locale = elementLocale(this);
    const lostLoad = analysis.closures.slice(0, CHART_ROWS).some((c) => c.costIncrease === null);
    return {
      stem: analysisStem(scenario, 'resilience'),
      json: () => summarizeResilience(analysis),
      csv: () => formatResilienceCsv(summarizeResilience(analysis)),
      chart: {
        element: () => this.renderRoot.querySelector('corridor-resilience'),
        options: {
          title: msg(str`${scenario.name}: what if one route closes (N−1)`),
          subtitle: msg(
            str`Damage, USD/yr: rise in generalised cost (money + time valued), unserved freight priced (hard demand ${formatUsdPerTonne(analysis.valueOfLostLoad, { locale })}); ${Math.min(CHART_ROWS, analysis.closures.length)} worst of ${analysis.closures.length}.`,
          ),
          legend: [
            { label: msg('Damage: rerouting, and unserved freight at its price'), paint: DAMAGE_PAINT },
            ...(lostLoad ? [{ label: msg(str`Hard demand left unserved, at ${formatUsdPerTonne(analysis.valueOfLostLoad, { locale })}`), paint: LOST_LOAD_PAINT }] : []),
          ],
        },
      },
    };
  }

  protected override render(): TemplateResult {
    return html`
      <p class="hint">
        ${msg("Closes each corridor, and each link that carries freight today, one at a time, and ranks the closures by one measure, the damage: the rise in generalised cost (money + time valued) with unserved freight at its price (soft demands at their penalty, hard demands at the value of lost load below). Also prices the corridors' share bounds (the price of diversification).")}
      </p>
      <div class="settings">
        <label class="field">
          <span>${msg('Value of lost load (USD/t of hard demand)')}</span>
          <input
            type="text"
            inputmode="decimal"
            name="value-of-lost-load"
            .value=${this.lostLoadText}
            @input=${(e: Event) => (this.lostLoadText = (e.target as HTMLInputElement).value)}
          />
        </label>
        ${this.renderRun(msg('Run N−1'), () => void this.run())}
      </div>
      ${this.problem === null ? nothing : html`<p class="message error" role="alert">${this.problem}</p>`} ${this.renderProgress()} ${this.renderMessages(this.resilience !== null)}
      ${this.renderExport()}
      <corridor-resilience .resilience=${this.resilience} .scenario=${this.resilience === null ? this.scenario : this.ranFor}></corridor-resilience>
    `;
  }
}

defineElement('corridor-resilience-panel', CorridorResiliencePanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-resilience-panel': CorridorResiliencePanel;
  }
}
