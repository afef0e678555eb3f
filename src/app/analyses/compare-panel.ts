import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '../../components/i18n';
import { UNMET_PAINT } from '../../components/corridor-colors';
import { compareScenarios, type ComparedScenario, type Comparison } from '../../analysis/compare';
import { formatProblem } from '../../model/format-problem';
import { parseScenario } from '../../model/parse-scenario';
import type { Scenario } from '../../model/types';
import '../../components/corridor-compare/corridor-compare';
import type { ModelFile } from '../model-files';
import { AnalysisPanel } from './analysis-panel';
import { analysisStem, corridorLegend, type AnalysisFiles } from './analysis-export';
import { formatCompareCsv } from '../../analysis/format-compare-csv';
import { defineElement } from '../../components/define-element';

/** The model files ticked at first: today, TRIPP built, Iran closed. */
const PRESELECTED = /today|tripp-built|iran-closed/;

/** A scenario of the workspace, as Compare offers it. */
export interface NamedScenario {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
}

/** Checkbox keys of workspace scenarios: apart from model file ids. */
const WORKSPACE_PREFIX = 'workspace:';

/** Name of the current scenario in the comparison's first column. */
export const CURRENT_NAME = 'Your scenario';

/**
 * @summary Compare: the current scenario against model files (today, TRIPP
 * built, Iran closed, or any from the picker's list), all solved on the
 * worker pool, drawn as `<corridor-compare>` with the differences against
 * the current scenario.
 */
@localized()
export class CorridorComparePanel extends AnalysisPanel {
  static override properties = {
    ...AnalysisPanel.properties,
    models: { attribute: false },
    workspace: { attribute: false },
    chosen: { state: true },
    comparison: { state: true },
  };

  /** The model files one can compare against. */
  declare models: readonly ModelFile[];
  /** Scenarios of the workspace one can compare against (edited, imported, any saved). */
  declare workspace: readonly NamedScenario[];
  declare chosen: ReadonlySet<string> | null;
  declare comparison: Comparison | null;

  constructor() {
    super();
    this.models = [];
    this.workspace = [];
    this.chosen = null;
    this.comparison = null;
  }

  protected override willUpdate(): void {
    this.chosen ??= this.models.length > 0 ? new Set(this.models.filter((m) => PRESELECTED.test(m.id)).map((m) => m.id)) : null;
  }

  private toggle(id: string, on: boolean): void {
    const chosen = new Set(this.chosen ?? []);
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.chosen = chosen;
  }

  /** Loads the chosen files, solves them with the current scenario and compares (what the Run button does). */
  async run(): Promise<void> {
    const files = this.models.filter((m) => this.chosen?.has(m.id));
    const saved = this.workspace.filter((w) => this.chosen?.has(WORKSPACE_PREFIX + w.id));
    this.comparison = null;
    const comparison = await this.runTask(async (scenario, runner, control) => {
      const loaded = await Promise.all(files.map((f) => loadModel(f, control.signal)));
      const others = [...files.map((f, i) => ({ name: f.id, scenario: loaded[i]! })), ...saved.map((w) => ({ name: w.name, scenario: w.scenario }))];
      const scenarios = [scenario, ...others.map((o) => o.scenario)];
      const results = await runner.solveMany(scenarios, control);
      const items: ComparedScenario[] = scenarios.map((s, i) => ({ name: i === 0 ? CURRENT_NAME : others[i - 1]!.name, scenario: s, result: results[i]! }));
      return compareScenarios(items);
    });
    if (comparison !== undefined) this.comparison = comparison;
  }

  protected override exportFiles(): AnalysisFiles | null {
    const comparison = this.comparison;
    const scenario = this.ranFor;
    if (comparison === null || scenario === null) return null;
    // As `compare --json` / `--csv`: every scenario's figures and each difference against the first (units in the CSV's unit column).
    return {
      stem: analysisStem(scenario, 'compare'),
      json: () => comparison,
      csv: () => formatCompareCsv(comparison),
      chart: {
        element: () => this.renderRoot.querySelector('corridor-compare'),
        options: {
          title: msg(str`${scenario.name}: scenarios compared`),
          subtitle: msg('Freight by route in each scenario, t/yr, unmet demand last; labels: share of the demand.'),
          legend: [...corridorLegend(scenario), { label: msg('Unmet demand'), paint: UNMET_PAINT }],
        },
      },
    };
  }

  protected override render(): TemplateResult {
    const count = this.chosen?.size ?? 0;
    return html`
      <p class="hint">${msg('Solves your scenario and the chosen model files and puts them side by side, with every difference against yours.')}</p>
      <div class="settings">
        <fieldset class="field fields">
          <legend>${msg('Compare against')}</legend>
          ${this.models.map(
            (m) => html`<label
              ><input type="checkbox" name=${m.id} .checked=${this.chosen?.has(m.id) ?? false} @change=${(e: Event) => this.toggle(m.id, (e.target as HTMLInputElement).checked)} />
              ${m.id}</label
            >`,
          )}
        </fieldset>
        ${this.workspace.length > 0
          ? html`<fieldset class="field fields">
              <legend>${msg('Workspace scenarios')}</legend>
              ${this.workspace.map(
                (w) => html`<label
                  ><input
                    type="checkbox"
                    name=${WORKSPACE_PREFIX + w.id}
                    .checked=${this.chosen?.has(WORKSPACE_PREFIX + w.id) ?? false}
                    @change=${(e: Event) => this.toggle(WORKSPACE_PREFIX + w.id, (e.target as HTMLInputElement).checked)}
                  />
                  ${w.name}</label
                >`,
              )}
            </fieldset>`
          : nothing}
        ${this.renderRun(msg('Compare'), () => void this.run(), count === 0)}
      </div>
      ${this.models.length === 0 ? html`<p class="message">${msg('There are no model files to compare against.')}</p>` : nothing}
      ${this.renderProgress()} ${this.renderMessages(this.comparison !== null)}
      ${this.renderExport()}
      <corridor-compare .comparison=${this.comparison} .scenario=${this.comparison === null ? this.scenario : this.ranFor}></corridor-compare>
    `;
  }
}

async function loadModel(file: ModelFile, signal: AbortSignal): Promise<Scenario> {
  const response = await fetch(new URL(file.url, document.baseURI), { signal });
  if (!response.ok) throw new Error(`the model "${file.id}" could not be loaded (the server answered ${response.status})`);
  const parsed = parseScenario(await response.text());
  if (!parsed.ok) throw new Error(`the model "${file.id}" is not a valid scenario: ${parsed.errors.slice(0, 3).map(formatProblem).join('; ')}`);
  return parsed.scenario;
}

defineElement('corridor-compare-panel', CorridorComparePanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-compare-panel': CorridorComparePanel;
  }
}
