import { elementLocale } from '../../components/element-locale';
import { msg, str } from '../../components/i18n';
import { css, html, nothing, type TemplateResult } from 'lit';
import { monteCarlo, type MonteCarlo } from '../../analysis/monte-carlo';
import { formatMonteCarloCsv } from '../../analysis/format-monte-carlo-csv';
import { analysisStem, corridorLegend, type AnalysisFiles } from './analysis-export';
import { sweepVariants } from '../../analysis/sweep-variants';
import { formatProblem } from '../../model/format-problem';
import { getParameter, listParameters } from '../../model/parameter-path';
import type { Problem, Scenario, UncertainParameter } from '../../model/types';
import '../../components/corridor-uncertainty/corridor-uncertainty';
import { AnalysisPanel } from './analysis-panel';
import { defaultParameter, numberText, readNumber, unitOfParameter } from './default-range';
import './parameter-picker';
import type { ParameterChangeDetail } from './parameter-picker';
import { defineElement } from '../../components/define-element';

/** Most draws in one run. */
export const MAX_RUNS = 10_000;

/** One row of the ranges table, as typed. */
interface RangeRow {
  readonly key: number;
  readonly set: string;
  readonly min: string;
  readonly mode: string;
  readonly max: string;
}

let rowKeys = 0;

function rowOf(u: UncertainParameter, locale: string): RangeRow {
  return { key: ++rowKeys, set: u.set, min: numberText(u.min, locale), mode: numberText(u.mode, locale), max: numberText(u.max, locale) };
}

/** A typed-looking number: 6 significant digits, so 0.8 × 53.21 shows as 42.568, not 42.568000000000005. */
function tidy(value: number, locale: string): string {
  return numberText(Number(value.toPrecision(6)), locale);
}

/** A new row: the parameter's current value as the mode, ±20 % around it. */
function suggestedRow(scenario: Scenario, path: string, locale: string): RangeRow {
  const current = getParameter(scenario, path) ?? 0;
  const field = path.slice(path.lastIndexOf('.') + 1);
  const max = field === 'minShare' || field === 'maxShare' ? Math.min(1, current * 1.2) : current * 1.2;
  return { key: ++rowKeys, set: path, min: tidy(current * 0.8, locale), mode: tidy(current, locale), max: tidy(max, locale) };
}

/** Fields one is typically unsure about, in the order "Add a number" offers them. */
const UNCERTAIN_FIELDS = ['.capacity', '.cost', '.volume', '.days'];

/**
 * @summary Uncertainty (Monte Carlo): triangular ranges (min, mode, max)
 * for the numbers one is unsure about, prefilled from the scenario's
 * `uncertainty`; N seeded draws solved on the worker pool, drawn as
 * `<corridor-uncertainty>`. The same seed gives the same draws (and figures)
 * on every machine.
 */
export class CorridorUncertaintyPanel extends AnalysisPanel {
  static override styles = [
    ...AnalysisPanel.styles,
    // The ranges table (a picker and three inputs a row) is wider than a phone (738 px at 390): it scrolls sideways in
    // its own box rather than widen the page.
    css`
      .ranges-scroll {
        /* The containing block of the visually hidden header too, so it is clipped here and not past the page. */
        position: relative;
        max-width: 100%;
        overflow-x: auto;
      }
    `,
  ];

  static override properties = {
    ...AnalysisPanel.properties,
    rows: { state: true },
    runsText: { state: true },
    seedText: { state: true },
    problems: { state: true },
    monteCarlo: { state: true },
  };

  declare rows: readonly RangeRow[];
  declare runsText: string;
  declare seedText: string;
  declare problems: readonly Problem[];
  declare monteCarlo: MonteCarlo | null;

  /**
   * The `uncertainty` array the rows show. Valid rows are written into the
   * scenario (its `uncertainty`), so the ranges are kept, exported, shared
   * and undone with it; the rows follow the scenario's whenever it changes
   * otherwise (undo, a workspace entry, an import).
   */
  #filledFrom: readonly UncertainParameter[] | undefined | null = null;
  /** The scenario the rows' last write was made from: until the app answers with its successor, the rows stand. */
  #writtenFrom: Scenario | null = null;

  constructor() {
    super();
    this.rows = [];
    this.runsText = '500';
    this.seedText = '1';
    this.problems = [];
    this.monteCarlo = null;
  }

  protected override willUpdate(): void {
    const scenario = this.scenario;
    if (scenario === null || scenario === this.#writtenFrom) return;
    this.#writtenFrom = null;
    if (this.#filledFrom === scenario.uncertainty) return;
    // The app's copy of what the rows just wrote: the rows, as typed, stay.
    if (this.#filledFrom !== null && JSON.stringify(this.#filledFrom) === JSON.stringify(scenario.uncertainty)) {
      this.#filledFrom = scenario.uncertainty;
      return;
    }
    this.#filledFrom = scenario.uncertainty;
    this.rows = (scenario.uncertainty ?? []).map((u) => rowOf(u, elementLocale(this)));
  }

  /** `phase`: `input` while a number is typed (its keystrokes are one undo step), `commit` for a row added, removed or repointed. */
  private edit(rows: readonly RangeRow[], phase: 'input' | 'commit' = 'commit'): void {
    this.rows = rows;
    this.#writeBack(phase);
  }

  /** Valid rows become the scenario's `uncertainty` (one undo step); rows still being typed change nothing. */
  #writeBack(phase: 'input' | 'commit'): void {
    const scenario = this.scenario;
    if (scenario === null) return;
    const ranges = this.readRanges(scenario);
    if (Array.isArray(ranges.problems) && ranges.problems.length > 0) return;
    const vary = ranges.vary.length > 0 ? ranges.vary : undefined;
    if (JSON.stringify(vary) === JSON.stringify(scenario.uncertainty)) return;
    this.#filledFrom = vary;
    this.#writtenFrom = scenario;
    const { uncertainty: _dropped, ...rest } = scenario;
    const next: Scenario = vary === undefined ? rest : { ...rest, uncertainty: vary };
    this.dispatchEvent(new CustomEvent('corridor-change', { detail: { scenario: next, phase }, bubbles: true, composed: true }));
  }

  private update1(key: number, change: Partial<RangeRow>): void {
    this.edit(
      this.rows.map((r) => (r.key === key ? { ...r, ...change } : r)),
      'input',
    );
  }

  private add(): void {
    const scenario = this.scenario;
    if (scenario === null) return;
    const used = new Set(this.rows.map((r) => r.set));
    const first = defaultParameter(scenario);
    const candidates = listParameters(scenario).filter((p) => !used.has(p) && (getParameter(scenario, p) ?? 0) > 0);
    const next = UNCERTAIN_FIELDS.map((f) => candidates.find((p) => p.endsWith(f))).find((p) => p !== undefined);
    const path = used.has(first) ? (next ?? candidates[0] ?? first) : first;
    this.edit([...this.rows, suggestedRow(scenario, path, elementLocale(this))]);
  }

  /** The ranges and settings, or the problems with them. */
  private read(scenario: Scenario): { vary: UncertainParameter[]; runs: number; seed: number } | Problem[] {
    const problems: Problem[] = [];
    const runs = readNumber(this.runsText);
    const seed = readNumber(this.seedText);
    if (runs === null || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) problems.push({ path: 'draws', message: `expected a whole number from 1 to ${MAX_RUNS}` });
    if (seed === null || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) problems.push({ path: 'seed', message: 'expected a whole number from 0 to 4294967295' });
    if (this.rows.length === 0) problems.push({ path: 'ranges', message: 'add at least one number to vary' });
    const ranges = this.readRanges(scenario);
    problems.push(...ranges.problems);
    return problems.length > 0 ? problems : { vary: ranges.vary, runs: runs!, seed: seed! };
  }

  /** The rows as ranges, and the problems of those that are not valid. */
  private readRanges(scenario: Scenario): { readonly vary: UncertainParameter[]; readonly problems: Problem[] } {
    const problems: Problem[] = [];
    const vary: UncertainParameter[] = [];
    const seen = new Set<string>();
    for (const row of this.rows) {
      const [locale, unit] = [elementLocale(this), unitOfParameter(row.set)];
      const [min, mode, max] = [readNumber(row.min, locale, unit), readNumber(row.mode, locale, unit), readNumber(row.max, locale, unit)];
      if (seen.has(row.set)) problems.push({ path: row.set, message: 'is listed twice; keep one row per number' });
      seen.add(row.set);
      if (min === null || mode === null || max === null) {
        problems.push({ path: row.set, message: 'min, mode and max should all be numbers' });
        continue;
      }
      if (!(min <= mode && mode <= max)) {
        problems.push({ path: row.set, message: `expected min ≤ mode ≤ max, got ${min}, ${mode}, ${max}` });
        continue;
      }
      const ends = sweepVariants(scenario, row.set, [min, max]);
      if (!ends.ok) {
        problems.push(...ends.errors);
        continue;
      }
      vary.push({ set: row.set, min, mode, max });
    }
    return { vary, problems };
  }

  /** Starts the draws (what the Run button does). */
  async run(): Promise<void> {
    const scenario = this.scenario;
    if (scenario === null) return;
    const read = this.read(scenario);
    if (Array.isArray(read)) {
      this.problems = read;
      return;
    }
    this.problems = [];
    this.monteCarlo = null;
    const result = await this.runTask((s, runner, control) => monteCarlo(s, runner.solveMany, { ...read, ...control }));
    if (result !== undefined) this.monteCarlo = result;
  }

  protected override exportFiles(): AnalysisFiles | null {
    const mc = this.monteCarlo;
    const scenario = this.ranFor;
    if (mc === null || scenario === null) return null;
    return {
      stem: analysisStem(scenario, 'uncertainty'),
      json: () => mc,
      // As `montecarlo --csv`: one row per run, the drawn values under their paths, shares as fractions.
      csv: () => formatMonteCarloCsv(mc, (scenario.corridors ?? []).map((c) => c.id)),
      chart: {
        element: () => this.renderRoot.querySelector('corridor-uncertainty'),
        options: {
          title: msg(str`${scenario.name}: uncertainty over ${mc.results.length} runs`),
          subtitle: msg('Share of served freight per corridor (%): median, 5–95 % band and range over the runs, triangular draws of the listed numbers.'),
          legend: corridorLegend(scenario),
        },
      },
    };
  }

  protected override render(): TemplateResult {
    return html`
      <p class="hint">
        ${msg('Draws each listed number from a triangular distribution (min, most likely, max), solves the scenario once per draw and shows the spread of the split and the cost.')}
        ${this.scenario?.uncertainty?.length ? msg('The ranges below are kept with the scenario (saved, exported and shared with it).') : ''}
      </p>
      <div class="ranges-scroll">
        <table class="data ranges">
          <thead>
            <tr>
              <th scope="col">${msg('Number')}</th>
              <th scope="col">${msg('Min')}</th>
              <th scope="col">${msg('Most likely')}</th>
              <th scope="col">${msg('Max')}</th>
              <th scope="col"><span class="visually-hidden">${msg('Remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${this.rows.length === 0
              ? html`<tr>
                  <td colspan="5" class="empty">${msg('No ranges yet: add the numbers you are unsure about.')}</td>
                </tr>`
              : this.rows.map(
                  (row, i) => html`<tr data-set=${row.set}>
                    <td>
                      <corridor-parameter-picker
                        .scenario=${this.scenario}
                        .value=${row.set}
                        label=${msg(str`Number ${i + 1}`)}
                        @corridor-parameter-change=${(e: CustomEvent<ParameterChangeDetail>) =>
                          this.scenario && this.edit(this.rows.map((r) => (r.key === row.key ? { ...suggestedRow(this.scenario!, e.detail.path, elementLocale(this)), key: r.key } : r)))}
                      ></corridor-parameter-picker>
                    </td>
                    ${(['min', 'mode', 'max'] as const).map(
                      (k) => html`<td>
                        <input
                          type="text"
                          inputmode="decimal"
                          name=${k}
                          aria-label=${k === 'mode' ? msg(str`Most likely of number ${i + 1}`) : k === 'min' ? msg(str`Min of number ${i + 1}`) : msg(str`Max of number ${i + 1}`)}
                          .value=${row[k]}
                          @input=${(e: Event) => this.update1(row.key, { [k]: (e.target as HTMLInputElement).value })}
                        />
                      </td>`,
                    )}
                    <td><button type="button" aria-label=${msg(str`Remove number ${i + 1}`)} @click=${() => this.edit(this.rows.filter((r) => r.key !== row.key))}>${msg('Remove')}</button></td>
                  </tr>`,
                )}
          </tbody>
        </table>
      </div>
      <div class="settings">
        <button type="button" class="add" ?disabled=${this.scenario === null} @click=${() => this.add()}>${msg('Add a number')}</button>
        <label class="field">
          <span>${msg('Draws')}</span>
          <input type="number" name="runs" min="1" max=${MAX_RUNS} step="1" .value=${this.runsText} @input=${(e: Event) => (this.runsText = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>${msg('Seed')}</span>
          <input type="number" name="seed" min="0" step="1" .value=${this.seedText} @input=${(e: Event) => (this.seedText = (e.target as HTMLInputElement).value)} />
        </label>
        ${this.renderRun(msg('Run draws'), () => void this.run())}
      </div>
      ${this.problems.length > 0
        ? html`<div class="message error problems" role="alert">
            ${msg('The draws were not run:')}
            <ul>
              ${this.problems.map((p) => html`<li>${formatProblem(p)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.renderProgress()} ${this.renderMessages(this.monteCarlo !== null)}
      ${this.renderExport()}
      <corridor-uncertainty .monteCarlo=${this.monteCarlo} .scenario=${this.monteCarlo === null ? this.scenario : this.ranFor}></corridor-uncertainty>
    `;
  }
}

defineElement('corridor-uncertainty-panel', CorridorUncertaintyPanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-uncertainty-panel': CorridorUncertaintyPanel;
  }
}
