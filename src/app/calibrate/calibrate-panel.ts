import { defineElement } from '../../components/define-element';
import { msg, str } from '../../components/i18n';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../../model/types';
import type { CalibrationResult, CostChange } from '../../calibrate/types';
import { elementLocale } from '../../components/element-locale';
import { formatNumber, formatUsdPerTonne } from '../../components/format';
import { figureLabel } from '../../components/corridor-observations/observed-figures';
import { linkTitle, nodeLabel } from '../../components/item-names';
import { fitStatistics } from '../../components/corridor-observations/fit-statistics';
import '../../components/corridor-observations/corridor-observations';
import { AnalysisPanel } from '../analyses/analysis-panel';
import { analysisStem, type AnalysisFiles } from '../analyses/analysis-export';
import { calibrationToCsv } from './calibration-to-csv';
import { observationFits } from '../observation-fits';
import { observationProblems } from './observation-problems';
import './observations-editor';

/** `detail` of the `corridor-change` Apply fires: the calibrated scenario as one new undo step. */
export interface ApplyCalibrationDetail {
  readonly scenario: Scenario;
  readonly phase: 'step';
}

const STATUS_WORDS: Readonly<Record<CalibrationResult['status'], string>> = {
  get calibrated() {
    return msg('Calibrated: every observation is reproduced within tolerance.');
  },
  get inconsistent() {
    return msg('Some observations cannot hold together; the closest calibration is offered.');
  },
  get 'time-limit'() {
    return msg('Stopped at the time limit; the calibration so far is offered.');
  },
  get error() {
    return msg('The calibration failed.');
  },
};

/**
 * @summary The Calibrate tab: the scenario's observations as an editable
 * table, the model's figures beside them (bars and table), and a Calibrate
 * button that finds, in a worker, the smallest cost changes under which the
 * model reproduces them; it lists each change (old → new, why) and the fit
 * before and after, and applies them as one undoable step.
 *
 * @event corridor-change - An observation was edited, or the calibration applied (`phase: 'step'`, one undo step).
 *   `detail: { scenario, phase }`.
 */
export class CorridorCalibratePanel extends AnalysisPanel {
  static override styles = [
    ...AnalysisPanel.styles,
    css`
      .changes td,
      .changes th {
        vertical-align: baseline;
      }
      .arrow {
        color: var(--_muted);
      }
      .reason {
        color: var(--_muted);
        font-size: 0.8125rem;
      }
      .apply-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
        margin-bottom: var(--_space);
      }
      corridor-observations-editor {
        margin-bottom: var(--_space);
      }
      .measure {
        color: var(--_muted);
        margin: 0 0 var(--_space);
      }
      corridor-observations {
        margin-bottom: var(--_space);
      }
    `,
  ];

  static override properties = {
    ...AnalysisPanel.properties,
    draft: { attribute: false },
    result: { attribute: false },
    calibration: { state: true },
    applied: { state: true },
  };

  /** The scenario as the editor holds it (may be invalid): what the table edits. */
  declare draft: Scenario | null;
  /** The app's result for `scenario`: the model's figures beside the observations. */
  declare result: Result | null;
  declare calibration: CalibrationResult | null;
  /** The calibrated scenario once applied (Apply is then done). */
  declare applied: Scenario | null;

  constructor() {
    super();
    this.draft = null;
    this.result = null;
    this.calibration = null;
    this.applied = null;
  }

  /** Calibrates the last valid scenario (what the Calibrate button does). */
  async run(): Promise<void> {
    this.applied = null;
    const outcome = await this.runTask((scenario, runner, control) => runner.calibrate(scenario, {}, { signal: control.signal }));
    if (outcome === undefined) return;
    this.calibration = outcome;
    if (outcome.status === 'error') this.error = msg(str`The calibration failed: ${(outcome.diagnosis ?? []).join('; ') || msg('no reason given')}.`);
  }

  /** Makes the calibrated scenario the scenario: one undo step (what the Apply button does). */
  apply(): void {
    const calibrated = this.calibration?.scenario ?? null;
    if (calibrated === null || this.ranFor !== this.scenario) return;
    this.applied = calibrated;
    this.dispatchEvent(new CustomEvent<ApplyCalibrationDetail>('corridor-change', { detail: { scenario: calibrated, phase: 'step' }, bubbles: true, composed: true }));
  }

  protected override exportFiles(): AnalysisFiles | null {
    const calibration = this.calibration;
    const scenario = this.ranFor;
    if (calibration === null || scenario === null) return null;
    // JSON as `calibrate --json` prints it; the CSV: each change and each observed figure before and after.
    return { stem: analysisStem(scenario, 'calibration'), json: () => calibration, csv: () => calibrationToCsv(calibration) };
  }

  protected override render(): TemplateResult {
    const scenario = this.scenario;
    const observed = scenario?.observed ?? [];
    const problems = scenario === null ? [] : observationProblems(scenario);
    const fits = scenario !== null && this.result !== null ? observationFits(scenario, this.result) : [];
    return html`
      <p class="hint">
        ${msg(
          "Does the model reproduce what was seen? Enter the observed flows; Calibrate finds the smallest changes of link and node costs under which the model's own optimum lands on them (each within 1 %), and says what it changed and why. Calibrated costs are fitted numbers, not tariffs: they are marked as such wherever they appear.",
        )}
      </p>
      <corridor-observations-editor .scenario=${this.draft ?? scenario}></corridor-observations-editor>
      ${fits.length > 0 && this.calibration === null
        ? html`<corridor-observations bars heading=${msg('Observed vs model (current costs)')} .fits=${fits} .scenario=${scenario}></corridor-observations>`
        : nothing}
      <div class="settings">${this.renderRun(msg('Calibrate'), () => void this.run(), observed.length === 0 || problems.length > 0)}</div>
      ${observed.length === 0 ? html`<p class="message" role="status">${msg('Add at least one observation to calibrate.')}</p>` : nothing}
      ${this.renderProgress('solves')} ${this.renderMessages(this.calibration !== null)} ${this.renderExport()}
      ${this.calibration === null ? nothing : this.renderCalibration(this.calibration)}
    `;
  }

  private renderCalibration(c: CalibrationResult): TemplateResult {
    const locale = elementLocale(this);
    const stale = this.ranFor !== this.scenario;
    const before = c.fitBefore.meanAbsolutePercentError !== null ? c.fitBefore : fitStatistics(c.before);
    const after = c.fitAfter.meanAbsolutePercentError !== null ? c.fitAfter : fitStatistics(c.after);
    const mape = (v: number | null) => (v === null ? '–' : `${formatNumber(v, { locale, digits: 1 })} %`);
    return html`<section class="report" aria-label=${msg('Calibration')}>
      <p class=${c.status === 'calibrated' ? 'message' : 'message warning'} role="status">
        ${STATUS_WORDS[c.status]} ${(c.diagnosis ?? []).join(' ')}
      </p>
      ${c.measure !== '' ? html`<p class="measure">${msg(str`Smallest means: ${c.measure}`)}</p>` : nothing}
      <table class="data fit">
        <caption class="visually-hidden">${msg('Fit before and after')}</caption>
        <thead><tr><th scope="col"></th><th scope="col" class="num">${msg('Mean absolute % error')}</th><th scope="col">${msg('Worst figure')}</th></tr></thead>
        <tbody>
          ${(
            [
              [msg('Before'), before],
              [msg('After'), after],
            ] as const
          ).map(
            ([label, fit]) => html`<tr>
              <th scope="row">${label}</th>
              <td class="num">${mape(fit.meanAbsolutePercentError)}</td>
              <td>${fit.worst === null ? '–' : `${figureLabel(this.scenario, fit.worst.of)}: ${signedPercent(fit.worst.percent, locale)}`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${c.conflicts.length === 0
        ? nothing
        : html`<div class="message error" role="alert">
            ${c.conflicts.length === 1 ? msg('One observation cannot hold:') : msg(str`${c.conflicts.length} observations cannot hold:`)}
            <ul>
              ${c.conflicts.map((x) => html`<li><code>${x.of}</code>: ${x.reason}; ${msg(str`misses by ${formatNumber(x.missBy, { locale, digits: 0 })} t/yr`)}</li>`)}
            </ul>
          </div>`}
      ${this.renderChanges(c.changes, locale)}
      <div class="apply-row">
        <button type="button" class="primary apply" ?disabled=${c.scenario === null || c.changes.length === 0 || stale || this.applied !== null} @click=${() => this.apply()}>
          ${c.changes.length === 1 ? msg('Apply 1 change') : msg(str`Apply ${c.changes.length} changes`)}
        </button>
        ${this.applied !== null ? html`<span role="status">${msg('Applied as one step: Undo (Ctrl+Z) puts the old costs back.')}</span>` : nothing}
      </div>
      <corridor-observations bars heading=${msg('Observed vs model, before and after')} .fits=${c.before} .calibratedFits=${c.after} .scenario=${this.scenario}></corridor-observations>
    </section>`;
  }

  private renderChanges(changes: readonly CostChange[], locale: string): TemplateResult {
    if (changes.length === 0) return html`<p>${msg('No cost needs to change.')}</p>`;
    return html`<table class="data changes">
      <caption>${msg('Cost changes (USD/t)')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Cost')}</th>
          <th scope="col" class="num">${msg('Old')}</th>
          <th scope="col"><span class="visually-hidden">${msg('to', { id: 'calibrate.to' })}</span></th>
          <th scope="col" class="num">${msg('New')}</th>
          <th scope="col" class="num">${msg('Change')}</th>
          <th scope="col">${msg('Why', { id: 'calibrate.why' })}</th>
        </tr>
      </thead>
      <tbody>
        ${changes.map(
          (ch) => html`<tr data-set=${ch.set}>
            <th scope="row">${costLabel(this.scenario, ch.set)}<br /><code>${ch.set}</code></th>
            <td class="num">${ch.old === null ? msg('new step link') : formatUsdPerTonne(ch.old, { locale })}</td>
            <td class="arrow" aria-hidden="true">→</td>
            <td class="num">${formatUsdPerTonne(ch.value, { locale })}</td>
            <td class="num">${ch.old === null ? '–' : `${ch.value >= ch.old ? '+' : '−'}${formatUsdPerTonne(Math.abs(ch.value - ch.old), { locale })}${ch.old > 0 ? ` (${ch.value >= ch.old ? '+' : '−'}${formatNumber((100 * Math.abs(ch.value - ch.old)) / ch.old, { locale, digits: 1 })} %)` : ''}`}</td>
            <td class="reason">${ch.reason}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** `+257.0 %`, `−3.1 %`: which way the model misses matters. */
function signedPercent(value: number, locale: string): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), { locale, digits: 1 })} %`;
}

/** `links.<id>.cost` in words: the link's name (or ends), or the node's name. */
function costLabel(scenario: Scenario | null, set: string): string {
  const m = /^(links|nodes)\.(.+)\.cost$/.exec(set);
  if (m === null || scenario === null) return set;
  if (m[1] === 'links') {
    const link = scenario.links.find((l) => l.id === m[2]);
    return link === undefined ? set : linkTitle(scenario, link);
  }
  const node = scenario.nodes.find((n) => n.id === m[2]);
  return node === undefined ? set : nodeLabel(node, node.id);
}

defineElement('corridor-calibrate-panel', CorridorCalibratePanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-calibrate-panel': CorridorCalibratePanel;
  }
}
