import { html, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../../model/types';
import type { CheckReport } from '../../testing/types';
import { styleProps } from '../../components/style-props';
import { AnalysisPanel } from './analysis-panel';
import { readNumber } from './default-range';
import { defineElement } from '../../components/define-element';
import { msg, str } from '../../components/i18n';

/** Checks `runCheck` runs: `result` and the six metamorphic relations (src/testing/types.ts RELATIONS). */
const CHECKS = 7;
/** Solves per case: 1 for `result`, 2 for each relation (the variant and its transformed copy). */
const SOLVES_PER_RUN = 1 + 2 * (CHECKS - 1);

/** Most variants per check in the app; the command line takes more. */
export const MAX_CHECK_RUNS = 500;

/** `detail` of `corridor-open-scenario`. */
export interface OpenScenarioDetail {
  readonly scenario: Scenario;
  /** What it is, for the app's notice: `the counter-example of more-capacity`. */
  readonly label: string;
}

/** What each check means, in a sentence. */
const CHECK_WORDS: Readonly<Record<string, string>> = {
  get result() {
    return msg('every result obeys the spec (balances, capacities, shares, prices)');
  },
  get 'more-capacity'() {
    return msg('more capacity never raises the cost');
  },
  get 'more-demand'() {
    return msg('more demand never lowers the cost');
  },
  get 'scale-costs'() {
    return msg('scaling every cost scales the cost and keeps the flows');
  },
  get 'remove-unused-link'() {
    return msg('removing an unused link changes nothing');
  },
  get 'duplicate-link'() {
    return msg('duplicating a link changes nothing');
  },
  get 'rename-and-reorder'() {
    return msg('renaming and reordering items changes nothing');
  },
};

/**
 * @summary Check invariants: `runCheck` (`src/testing`) on variants of the
 * current scenario, inside a solver worker of its own; the report as the
 * command line gives it (checks, cases, failures, skipped, seed) and, when
 * something fails, the shrunk counter-example with a button that opens it.
 *
 * @event corridor-open-scenario - The user asked to open the counter-example. `detail: { scenario, label }`.
 */
export class CorridorCheckPanel extends AnalysisPanel {
  static override properties = {
    ...AnalysisPanel.properties,
    runsText: { state: true },
    seedText: { state: true },
    problem: { state: true },
    report: { state: true },
    solves: { state: true },
  };

  declare runsText: string;
  declare seedText: string;
  declare problem: string | null;
  declare report: CheckReport | null;
  /** Solves made so far by the running check. */
  declare solves: number;

  constructor() {
    super();
    this.runsText = '20';
    this.seedText = '';
    this.problem = null;
    this.report = null;
    this.solves = 0;
  }

  /** Starts the check (what the Run button does). */
  async run(): Promise<void> {
    const runs = readNumber(this.runsText);
    const seed = this.seedText.trim() === '' ? undefined : readNumber(this.seedText);
    if (runs === null || !Number.isInteger(runs) || runs < 1 || runs > MAX_CHECK_RUNS) {
      this.problem = msg(str`Variants per check should be a whole number from 1 to ${MAX_CHECK_RUNS}.`);
      return;
    }
    if (seed === null || (seed !== undefined && !Number.isInteger(seed))) {
      this.problem = msg('The seed should be a whole number, or empty for a random one.');
      return;
    }
    this.problem = null;
    this.report = null;
    this.solves = 0;
    const expected = runs * SOLVES_PER_RUN;
    const outcome = await this.runTask((scenario, runner, control) =>
      runner.check(scenario, seed === undefined ? { runs } : { runs, seed }, {
        signal: control.signal,
        onProgress: (solves) => {
          this.solves = solves;
          control.onProgress(Math.min(solves, expected), expected);
        },
      }),
    );
    if (outcome === undefined) return;
    if (!outcome.ok) {
      this.error = msg(str`The check could not run: ${outcome.message}`);
      return;
    }
    this.report = outcome.report;
    this.seedText = String(outcome.report.seed);
  }

  private open(): void {
    const example = this.report?.counterExample;
    if (example === undefined) return;
    this.dispatchEvent(
      new CustomEvent<OpenScenarioDetail>('corridor-open-scenario', {
        detail: { scenario: example.scenario, label: msg(str`the counter-example of ${example.check}`) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override render(): TemplateResult {
    return html`
      <p class="hint">
        ${msg(html`Solves many variants of your scenario (numbers moved by up to ±50 %) and checks that every answer obeys the rules of the
        model: the result against the spec, and how answers must relate when capacity, demand or costs move. The same battery as
        <code>corridor-flow check</code>, run in a worker.`)}
      </p>
      <div class="settings">
        <label class="field">
          <span>${msg('Variants per check')}</span>
          <input type="number" name="runs" min="1" max=${MAX_CHECK_RUNS} step="1" .value=${this.runsText} @input=${(e: Event) => (this.runsText = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>${msg('Seed (empty: random)')}</span>
          <input type="number" name="seed" step="1" .value=${this.seedText} @input=${(e: Event) => (this.seedText = (e.target as HTMLInputElement).value)} />
        </label>
        ${this.renderRun(msg('Check invariants'), () => void this.run())}
      </div>
      ${this.problem !== null ? html`<p class="message error" role="alert">${this.problem}</p>` : nothing}
      ${this.renderCheckProgress()} ${this.renderMessages(this.report !== null)} ${this.report === null ? nothing : this.renderReport(this.report)}
    `;
  }

  private renderCheckProgress(): TemplateResult | typeof nothing {
    const p = this.progress;
    if (p === null) return nothing;
    const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    const text = msg(str`${this.solves} solves of about ${p.total > 0 ? p.total : '…'}`);
    return html`
      <div class="progress-row">
        <div class="progress" role="progressbar" aria-label=${msg('Progress')} aria-valuemin="0" aria-valuemax=${p.total} aria-valuenow=${p.done} aria-valuetext=${text}>
          <div class="progress-fill" style=${styleProps({ width: `${fraction * 100}%` })}></div>
        </div>
        <span class="progress-text">${text}</span>
        <button type="button" class="cancel" @click=${() => this.cancel()}>${msg('Cancel')}</button>
      </div>
    `;
  }

  private renderReport(report: CheckReport): TemplateResult {
    const failed = report.checks.filter((c) => c.failures > 0);
    const cases = report.checks.reduce((n, c) => n + c.cases, 0);
    const example = report.counterExample;
    return html`
      <section class="report" aria-label=${msg('Check report')}>
        <p class=${failed.length > 0 ? 'summary failed' : 'summary'} role="status">
          ${failed.length === 0
            ? msg(str`All ${report.checks.length} checks passed on ${cases} variants (seed ${report.seed}).`)
            : msg(str`${failed.length} of ${report.checks.length} checks failed (seed ${report.seed}).`)}
        </p>
        <table class="data checks">
          <thead>
            <tr>
              <th scope="col">${msg('Check')}</th>
              <th scope="col">${msg('What must hold')}</th>
              <th scope="col" class="num">${msg('Cases')}</th>
              <th scope="col" class="num">${msg('Failures')}</th>
              <th scope="col" class="num">${msg('Skipped')}</th>
            </tr>
          </thead>
          <tbody>
            ${report.checks.map(
              (c) => html`<tr data-check=${c.name}>
                <th scope="row"><code>${c.name}</code></th>
                <td>${CHECK_WORDS[c.name] ?? ''}</td>
                <td class="num">${c.cases}</td>
                <td class=${c.failures > 0 ? 'num failed' : 'num'}>${c.failures}</td>
                <td class="num">${c.skipped}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${example === undefined
          ? nothing
          : html`<div class="counter-example">
              <h4>${msg(html`Counter-example (<code>${example.check}</code>, shrunk)`)}</h4>
              <p>
                ${msg(str`A scenario of ${example.scenario.nodes.length} nodes, ${example.scenario.links.length} links and ${example.scenario.demands.length} demands on which the check fails:`)}
              </p>
              <ul class="violations">
                ${example.violations.map(
                  (v) => html`<li><code>${v.invariant}</code>${v.item !== undefined ? msg(html` at <code>${v.item}</code>`) : nothing}: ${v.message}</li>`,
                )}
              </ul>
              ${example.params !== undefined
                ? html`<details>
                    <summary>${msg('Parameters of the relation')}</summary>
                    <pre>${JSON.stringify(example.params, null, 2)}</pre>
                  </details>`
                : nothing}
              <button type="button" class="open" @click=${() => this.open()}>${msg('Open counter-example')}</button>
            </div>`}
      </section>
    `;
  }
}

defineElement('corridor-check-panel', CorridorCheckPanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-check-panel': CorridorCheckPanel;
  }
}
