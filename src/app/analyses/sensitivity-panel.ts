import { elementLocale } from '../../components/element-locale';
import { msg, str } from '../../components/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { sensitivity, sensitivityPaths, type Sensitivity, type SensitivityOptions } from '../../analysis/sensitivity';
import '../../components/corridor-tornado/corridor-tornado';
import { AnalysisPanel } from './analysis-panel';
import { analysisStem, type AnalysisFiles } from './analysis-export';
import { formatSensitivityCsv } from '../../analysis/format-sensitivity-csv';
import { readNumber } from './default-range';
import { defineElement } from '../../components/define-element';

type Field = NonNullable<SensitivityOptions['fields']>[number];

const FIELDS: readonly { readonly field: Field; readonly label: string }[] = [
  { field: 'capacity', label: 'Capacities' },
  { field: 'cost', label: 'Costs' },
  { field: 'days', label: 'Days' },
  { field: 'volume', label: 'Demand volumes' },
];

/**
 * @summary Sensitivity: every capacity and cost (or the chosen fields)
 * moved by −X % and +X % one at a time on the worker pool, drawn as
 * `<corridor-tornado>`, largest effect on top.
 */
/** The kinds of number in the page's language (FIELDS keeps the English). */
const fieldLabel = (field: string): string | undefined =>
  ({ capacity: msg('Capacities'), cost: msg('Costs'), days: msg('Days'), volume: msg('Demand volumes') } as Record<string, string>)[field];

export class CorridorSensitivityPanel extends AnalysisPanel {
  static override properties = {
    ...AnalysisPanel.properties,
    percentText: { state: true },
    fields: { state: true },
    problem: { state: true },
    sensitivity: { state: true },
  };

  declare percentText: string;
  declare fields: readonly Field[];
  declare problem: string | null;
  declare sensitivity: Sensitivity | null;

  constructor() {
    super();
    this.percentText = '10';
    this.fields = ['capacity', 'cost'];
    this.problem = null;
    this.sensitivity = null;
  }

  /** Starts the sensitivity run (what the Run button does). */
  async run(): Promise<void> {
    const percent = readNumber(this.percentText, elementLocale(this));
    // Below 100 %: a move of −100 % or more would make a volume zero or a capacity negative.
    if (percent === null || percent <= 0 || percent >= 100) {
      this.problem = msg('The move should be a number of percent above 0 and below 100.');
      return;
    }
    if (this.fields.length === 0) {
      this.problem = msg('Choose at least one kind of number to move.');
      return;
    }
    this.problem = null;
    const fields = this.fields;
    this.sensitivity = null;
    const result = await this.runTask((scenario, runner, control) => sensitivity(scenario, runner.solveMany, { relative: percent / 100, fields, ...control }));
    if (result !== undefined) this.sensitivity = result;
  }

  private toggle(field: Field, on: boolean): void {
    this.fields = on ? [...this.fields.filter((f) => f !== field), field] : this.fields.filter((f) => f !== field);
  }

  protected override exportFiles(): AnalysisFiles | null {
    const analysis = this.sensitivity;
    const scenario = this.ranFor;
    if (analysis === null || scenario === null) return null;
    const pct = `${Number((analysis.relative * 100).toPrecision(6))} %`;
    return {
      stem: analysisStem(scenario, 'sensitivity'),
      json: () => analysis,
      csv: () => formatSensitivityCsv(analysis),
      chart: {
        element: () => this.renderRoot.querySelector('corridor-tornado'),
        options: {
          title: msg(str`${scenario.name}: sensitivity (tornado), each number ±${pct}`),
          subtitle: msg(str`Change in generalised cost (money + time valued, USD/yr) when one number moves down (−${pct}) or up (+${pct}) alone; largest change first.`),
          // The page's legend is HTML beside the chart: drawn into the file here, in the bars' own colours.
          legend: [
            { label: msg(str`Number −${pct}`), paint: 'var(--corridor-tornado-low-color, #2f7f8f)' },
            { label: msg(str`Number +${pct}`), paint: 'var(--corridor-tornado-high-color, #b2531a)' },
          ],
        },
      },
    };
  }

  protected override render(): TemplateResult {
    const count = this.scenario === null || this.fields.length === 0 ? 0 : sensitivityPaths(this.scenario, this.fields).length;
    return html`
      <p class="hint">
        ${msg(str`Moves each number down and up by the same percentage, one at a time, and ranks them by how far the answer moves (numbers: ${count}; solves: ${2 * count + 1}). Numbers that are unlimited or zero are not moved.`)}
      </p>
      <div class="settings">
        <label class="field">
          <span>${msg('Move by ± (%)')}</span>
          <input type="text" inputmode="decimal" name="percent" .value=${this.percentText} @input=${(e: Event) => (this.percentText = (e.target as HTMLInputElement).value)} />
        </label>
        <fieldset class="field fields">
          <legend>${msg('Numbers to move')}</legend>
          ${FIELDS.map(
            (f) => html`<label
              ><input type="checkbox" name=${f.field} .checked=${this.fields.includes(f.field)} @change=${(e: Event) => this.toggle(f.field, (e.target as HTMLInputElement).checked)} />
              ${fieldLabel(f.field) ?? f.label}</label
            >`,
          )}
        </fieldset>
        ${this.renderRun(msg('Run sensitivity'), () => void this.run())}
      </div>
      ${this.problem !== null ? html`<p class="message error" role="alert">${this.problem}</p>` : nothing} ${this.renderProgress()}
      ${this.renderMessages(this.sensitivity !== null)}
      ${this.renderExport()}
      <corridor-tornado .sensitivity=${this.sensitivity} .scenario=${this.sensitivity === null ? this.scenario : this.ranFor}></corridor-tornado>
    `;
  }
}

defineElement('corridor-sensitivity-panel', CorridorSensitivityPanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-sensitivity-panel': CorridorSensitivityPanel;
  }
}
