import { elementLocale } from '../../components/element-locale';
import { msg, str } from '../../components/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { linspace } from '../../analysis/linspace';
import { sweepVariants } from '../../analysis/sweep-variants';
import { twoWaySweep, type TwoWaySweep } from '../../analysis/two-way-sweep';
import { formatProblem } from '../../model/format-problem';
import { getParameter, listParameters, setParameter } from '../../model/parameter-path';
import { parseScenario } from '../../model/parse-scenario';
import type { Problem, Scenario } from '../../model/types';
import '../../components/corridor-heatmap/corridor-heatmap';
import { analysisStem, type AnalysisFiles } from './analysis-export';
import { formatTwoWayCsv } from '../../analysis/format-two-way-csv';
import { AnalysisPanel } from './analysis-panel';
import { defaultParameter, defaultRange, numberText, unitOfParameter } from './default-range';
import './parameter-picker';
import type { ParameterChangeDetail } from './parameter-picker';
import { readRange, renderRangeFields, type RangeText } from './range-fields';
import { defineElement } from '../../components/define-element';

/** Most steps per parameter: 30 × 30 = 900 solves, and a grid still readable. */
export const MAX_GRID_STEPS = 30;
const DEFAULT_GRID_STEPS = 7;

/**
 * The grid a two-way form starts on: the capacity of the second corridor's
 * first gate (rows) against the cost of the first corridor's first gate
 * (columns); on the Caspian models, TRIPP capacity × the Caspian ferry
 * cost: does a bigger TRIPP win freight from a cheaper ferry?
 */
function defaultGrid(scenario: Scenario): { row: string; column: string } {
  const corridors = (scenario.corridors ?? []).filter((c) => c.enabled !== false && c.gates.length > 0);
  const row = corridors[1] ? `links.${corridors[1].gates[0]}.capacity` : defaultParameter(scenario);
  const rowItem = row.slice(0, row.lastIndexOf('.'));
  const firstGateCost = corridors[0] ? `links.${corridors[0].gates[0]}.cost` : '';
  const column =
    firstGateCost !== '' && !firstGateCost.startsWith(`${rowItem}.`)
      ? firstGateCost
      : (listParameters(scenario).find((p) => p.endsWith('.cost') && !p.startsWith(`${rowItem}.`) && (getParameter(scenario, p) ?? 0) > 0) ?? '');
  return { row, column };
}

/** The corridor whose gates include the row parameter's link, else the first: the share the grid is about. */
function corridorOf(scenario: Scenario | null, path: string): string {
  const corridors = scenario?.corridors ?? [];
  const link = path.startsWith('links.') ? path.slice('links.'.length, path.lastIndexOf('.')) : '';
  return corridors.find((c) => c.gates.includes(link))?.id ?? corridors[0]?.id ?? 'other';
}

function rangeText(scenario: Scenario, path: string, locale: string): RangeText {
  const r = defaultRange(scenario, path, DEFAULT_GRID_STEPS);
  return { from: numberText(r.from, locale), to: numberText(r.to, locale), steps: String(r.steps) };
}

/**
 * @summary Two-way sweep: the scenario solved on a grid of two parameters
 * on the worker pool, drawn as `<corridor-heatmap>` of one corridor's share.
 */
export class CorridorTwoWayPanel extends AnalysisPanel {
  static override properties = {
    ...AnalysisPanel.properties,
    rowPath: { state: true },
    columnPath: { state: true },
    rowRange: { state: true },
    columnRange: { state: true },
    problems: { state: true },
    grid: { state: true },
  };

  declare rowPath: string;
  declare columnPath: string;
  declare rowRange: RangeText;
  declare columnRange: RangeText;
  declare problems: readonly Problem[];
  declare grid: TwoWaySweep | null;

  constructor() {
    super();
    this.rowPath = '';
    this.columnPath = '';
    this.rowRange = { from: '', to: '', steps: '' };
    this.columnRange = { from: '', to: '', steps: '' };
    this.problems = [];
    this.grid = null;
  }

  protected override willUpdate(): void {
    const scenario = this.scenario;
    if (scenario === null) return;
    const known = listParameters(scenario);
    if (known.includes(this.rowPath) && known.includes(this.columnPath)) return;
    const grid = defaultGrid(scenario);
    if (!known.includes(this.rowPath)) this.chooseRow(grid.row);
    if (!known.includes(this.columnPath)) this.chooseColumn(this.rowPath === grid.column ? '' : grid.column);
  }

  private chooseRow(path: string): void {
    this.rowPath = path;
    if (this.scenario !== null && path !== '') this.rowRange = rangeText(this.scenario, path, elementLocale(this));
  }

  private chooseColumn(path: string): void {
    this.columnPath = path;
    if (this.scenario !== null && path !== '') this.columnRange = rangeText(this.scenario, path, elementLocale(this));
  }

  /** Starts the grid (what the Run button does). */
  async run(): Promise<void> {
    const scenario = this.scenario;
    if (scenario === null) return;
    const locale = elementLocale(this);
    const row = readRange('rows', this.rowRange, MAX_GRID_STEPS, locale, unitOfParameter(this.rowPath));
    const column = readRange('columns', this.columnRange, MAX_GRID_STEPS, locale, unitOfParameter(this.columnPath));
    const problems = [...(row.ok ? [] : row.problems), ...(column.ok ? [] : column.problems)];
    if (this.rowPath === this.columnPath) problems.push({ path: 'parameters', message: 'choose two different parameters' });
    if (!row.ok || !column.ok || problems.length > 0) {
      this.problems = problems;
      return;
    }
    const rowValues = linspace(row.from, row.to, row.steps);
    const columnValues = linspace(column.from, column.to, column.steps);
    this.problems = validateGrid(scenario, this.rowPath, rowValues, this.columnPath, columnValues);
    if (this.problems.length > 0) return;
    const rowPath = this.rowPath;
    const columnPath = this.columnPath;
    this.grid = null;
    const grid = await this.runTask((s, runner, control) => twoWaySweep(s, rowPath, rowValues, columnPath, columnValues, runner.solveMany, control));
    if (grid !== undefined) this.grid = grid;
  }

  protected override exportFiles(): AnalysisFiles | null {
    const grid = this.grid;
    const scenario = this.ranFor;
    if (grid === null || scenario === null) return null;
    const [rows, columns] = grid.parameters;
    return {
      stem: analysisStem(scenario, 'two-way'),
      json: () => grid,
      csv: () => formatTwoWayCsv(grid),
      chart: {
        element: () => this.renderRoot.querySelector('corridor-heatmap'),
        options: {
          title: msg(str`${scenario.name}: two-way grid`),
          subtitle: msg(str`A corridor's share of served freight (%) by ${rows} (rows) and ${columns} (columns); darker is a larger share.`),
        },
      },
    };
  }

  protected override render(): TemplateResult {
    const corridor = corridorOf(this.scenario, this.grid?.parameters[0] ?? this.rowPath);
    return html`
      <p class="hint">${msg("Solves the scenario on every point of a grid of two numbers and shows one corridor's share on each.")}</p>
      <div class="settings">
        <label class="field wide">
          <span>${msg('Rows')}</span>
          <corridor-parameter-picker
            .scenario=${this.scenario}
            .value=${this.rowPath}
            label=${msg('Row parameter')}
            @corridor-parameter-change=${(e: CustomEvent<ParameterChangeDetail>) => this.chooseRow(e.detail.path)}
          ></corridor-parameter-picker>
        </label>
        ${renderRangeFields('row', this.rowRange, (r) => (this.rowRange = r), MAX_GRID_STEPS)}
      </div>
      <div class="settings">
        <label class="field wide">
          <span>${msg('Columns')}</span>
          <corridor-parameter-picker
            .scenario=${this.scenario}
            .value=${this.columnPath}
            label=${msg('Column parameter')}
            @corridor-parameter-change=${(e: CustomEvent<ParameterChangeDetail>) => this.chooseColumn(e.detail.path)}
          ></corridor-parameter-picker>
        </label>
        ${renderRangeFields('column', this.columnRange, (r) => (this.columnRange = r), MAX_GRID_STEPS)}
        ${this.renderRun(msg('Run grid'), () => void this.run())}
      </div>
      ${this.problems.length > 0
        ? html`<div class="message error problems" role="alert">
            ${msg('The grid was not run:')}
            <ul>
              ${this.problems.map((p) => html`<li>${formatProblem(p)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.renderProgress()} ${this.renderMessages(this.grid !== null)}
      ${this.renderExport()}
      <corridor-heatmap .grid=${this.grid} .scenario=${this.grid === null ? this.scenario : this.ranFor} corridor=${corridor}></corridor-heatmap>
    `;
  }
}

/**
 * Refuses a grid with a value the format forbids, naming it, before anything
 * is solved. Each axis is checked on its own; when both parameters belong to
 * one item (a corridor's minShare and maxShare) their combinations are
 * checked too, as only then can two valid values be invalid together.
 */
function validateGrid(scenario: Scenario, rowPath: string, rowValues: readonly number[], columnPath: string, columnValues: readonly number[]): Problem[] {
  const rows = sweepVariants(scenario, rowPath, rowValues);
  const columns = sweepVariants(scenario, columnPath, columnValues);
  const problems = [...(rows.ok ? [] : rows.errors), ...(columns.ok ? [] : columns.errors)];
  if (problems.length > 0) return problems;
  if (rowPath.slice(0, rowPath.lastIndexOf('.')) !== columnPath.slice(0, columnPath.lastIndexOf('.'))) return [];
  for (const r of rowValues) {
    for (const c of columnValues) {
      const parsed = parseScenario(setParameter(setParameter(scenario, rowPath, r), columnPath, c));
      if (!parsed.ok) return parsed.errors.map((e) => ({ path: e.path, message: `${e.message} (with ${rowPath} = ${r} and ${columnPath} = ${c})` }));
    }
  }
  return [];
}

defineElement('corridor-two-way-panel', CorridorTwoWayPanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-two-way-panel': CorridorTwoWayPanel;
  }
}
