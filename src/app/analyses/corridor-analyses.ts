import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Problem, Result, Scenario } from '../../model/types';
import { sharedStyles } from '../../components/shared.styles';
import type { ModelFile } from '../model-files';
import type { NamedScenario } from './compare-panel';
import { analysisFormStyles } from './analysis-panel.styles';
import type { AnalysisRunner } from './analysis-runner';
import { defineElement } from '../../components/define-element';
import { localized, msg } from '../../components/i18n';

export { ANALYSIS_TABS, isAnalysisTab, type AnalysisTab, type AnalysesView } from './analysis-tabs';
import { ANALYSIS_TABS, type AnalysisTab, type AnalysesView } from './analysis-tabs';

/** A tab's name in the page's language (ANALYSIS_TABS keeps the English, as data). */
function tabLabel(tab: (typeof ANALYSIS_TABS)[number]): string {
  const labels: Partial<Record<AnalysisTab, string>> = {
    sweep: msg('Sweep'),
    'two-way': msg('Two-way'),
    sensitivity: msg('Sensitivity'),
    compare: msg('Compare'),
    resilience: msg('Resilience (N−1)'),
    uncertainty: msg('Uncertainty'),
    plan: msg('Plan'),
    calibrate: msg('Calibrate'),
    check: msg('Check invariants'),
  };
  return labels[tab.id] ?? tab.label;
}

/**
 * Each tab's panel, with the analysis view it shows, is a chunk of its own
 * (loaded from beside the library module), fetched when the tab is first
 * opened; the panel element upgrades when it arrives, keeping the properties
 * set on it meanwhile. A page that never opens a tab never downloads them.
 */
const PANELS: Readonly<Record<AnalysisTab, () => Promise<unknown>>> = {
  sweep: () => import('./sweep-panel'),
  'two-way': () => import('./two-way-panel'),
  sensitivity: () => import('./sensitivity-panel'),
  compare: () => import('./compare-panel'),
  resilience: () => import('./resilience-panel'),
  uncertainty: () => import('./uncertainty-panel'),
  plan: () => import('../plan/plan-panel'),
  calibrate: () => import('../calibrate/calibrate-panel'),
  check: () => import('./check-panel'),
};

/**
 * @summary The "Analyses" area of `<corridor-flow>`: one tab per analysis
 * of `src/analysis` (sweep, two-way, sensitivity, compare, resilience,
 * uncertainty), the plan over years, the calibration to observed figures
 * and the invariant check. Plan and Calibrate edit the scenario: their
 * `corridor-change` events reach the app as the editor's do. Lazy: a tab's panel is made when
 * the tab is first opened, and nothing is solved until its Run button is
 * pressed. A panel keeps its settings and figures while other tabs are open.
 *
 * Tabs follow the WAI-ARIA tabs pattern: ←/→, Home and End move between
 * tabs (and open them); Tab moves into the open panel.
 *
 * @event corridor-error - A tab's panel could not be loaded (its chunk failed to download). `detail: { message }`.
 */
@localized()
export class CorridorAnalyses extends LitElement {
  static override styles = [
    sharedStyles,
    analysisFormStyles,
    css`
      :host {
        display: block;
      }
      .base {
        background: var(--_surface);
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
        padding: var(--_space);
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1rem;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        border-bottom: 1px solid var(--_line);
        margin-bottom: var(--_space);
      }
      [role='tab'] {
        border: 1px solid transparent;
        border-bottom: none;
        border-radius: var(--_radius) var(--_radius) 0 0;
        background: transparent;
        margin-bottom: -1px;
      }
      [role='tab'][aria-selected='true'] {
        border-color: var(--_line);
        background: var(--_surface);
        border-bottom: 1px solid var(--_surface);
        font-weight: 600;
        color: var(--_accent);
      }
      .intro {
        margin: 0;
        color: var(--_muted);
      }
    `,
  ];

  static override properties = {
    scenario: { attribute: false },
    runner: { attribute: false },
    models: { attribute: false },
    initialView: { attribute: false },
    draft: { attribute: false },
    problems: { attribute: false },
    result: { attribute: false },
    tab: { type: String },
    workspace: { attribute: false },
  };

  /** The scenario analyses run on (the app's last valid one). */
  declare scenario: Scenario | null;
  declare runner: AnalysisRunner | null;
  /** Model files the Compare tab offers. */
  declare models: readonly ModelFile[];
  /** Scenarios of the workspace the Compare tab offers beside the model files. */
  declare workspace: readonly NamedScenario[];
  /** A view to open with (from a share link). */
  declare initialView: AnalysesView | null;
  /** The scenario as the editor holds it (may be invalid): what Plan and Calibrate edit. */
  declare draft: Scenario | null;
  /** The app's problems of `draft`. */
  declare problems: readonly Problem[];
  /** The app's result for `scenario` (Calibrate shows the observations against it). */
  declare result: Result | null;
  /** The open tab, or '' for none. */
  declare tab: AnalysisTab | '';

  /** Tabs opened so far: their panels stay in the DOM (hidden) so their work is kept. */
  #opened = new Set<AnalysisTab>();
  #appliedView: AnalysesView | null = null;

  constructor() {
    super();
    this.scenario = null;
    this.runner = null;
    this.models = [];
    this.workspace = [];
    this.initialView = null;
    this.draft = null;
    this.problems = [];
    this.result = null;
    this.tab = '';
  }

  /** The view a share link should carry. */
  get view(): AnalysesView {
    const sweep = this.renderRoot.querySelector('corridor-sweep-panel')?.settings ?? this.initialView?.sweep ?? undefined;
    return { ...(this.tab !== '' ? { tab: this.tab } : {}), ...(sweep ? { sweep } : {}) };
  }

  protected override willUpdate(): void {
    if (this.initialView !== null && this.initialView !== this.#appliedView) {
      this.#appliedView = this.initialView;
      if (this.initialView.tab !== undefined) this.tab = this.initialView.tab;
    }
    const tab = this.tab;
    if (tab !== '' && !this.#opened.has(tab)) {
      this.#opened.add(tab);
      PANELS[tab]().catch((error: unknown) => {
        this.dispatchEvent(
          new CustomEvent('corridor-error', {
            detail: { message: `The ${tab} analysis could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page to try again.` },
            bubbles: true,
            composed: true,
          }),
        );
      });
    }
  }

  /** Opens a tab (and makes its panel). */
  open(tab: AnalysisTab): void {
    this.tab = tab;
  }

  private onTabKey = (event: KeyboardEvent): void => {
    const index = ANALYSIS_TABS.findIndex((t) => t.id === this.tab);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (index + 1) % ANALYSIS_TABS.length;
        break;
      case 'ArrowLeft':
        next = (index - 1 + ANALYSIS_TABS.length) % ANALYSIS_TABS.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = ANALYSIS_TABS.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.tab = ANALYSIS_TABS[next]!.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  };

  protected override render(): TemplateResult {
    return html`
      <section class="base" aria-labelledby="analyses-title">
        <h2 id="analyses-title">${msg('Analyses')}</h2>
        <div role="tablist" aria-labelledby="analyses-title" @keydown=${this.onTabKey}>
          ${ANALYSIS_TABS.map(
            (t, i) => html`<button
              type="button"
              role="tab"
              id=${`tab-${t.id}`}
              aria-selected=${this.tab === t.id ? 'true' : 'false'}
              aria-controls=${`panel-${t.id}`}
              tabindex=${this.tab === t.id || (this.tab === '' && i === 0) ? '0' : '-1'}
              @click=${() => this.open(t.id)}
            >
              ${tabLabel(t)}
            </button>`,
          )}
        </div>
        ${this.tab === ''
          ? html`<p class="intro">
              ${msg('How does the answer move when an assumption moves? Pick an analysis above; nothing is computed until you press its Run button. Analyses run in background workers, so the app stays usable.')}
            </p>`
          : nothing}
        ${ANALYSIS_TABS.map((t) => (this.#opened.has(t.id) ? this.renderPanel(t.id) : nothing))}
      </section>
    `;
  }

  private renderPanel(id: AnalysisTab): TemplateResult {
    const hidden = this.tab !== id;
    const common = { id: `panel-${id}`, labelledby: `tab-${id}` };
    switch (id) {
      case 'sweep':
        return html`<corridor-sweep-panel
          id=${common.id}
          role="tabpanel"
          aria-labelledby=${common.labelledby}
          ?hidden=${hidden}
          .scenario=${this.scenario}
          .runner=${this.runner}
          .initial=${this.initialView?.sweep ?? null}
        ></corridor-sweep-panel>`;
      case 'two-way':
        return html`<corridor-two-way-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${this.scenario} .runner=${this.runner}></corridor-two-way-panel>`;
      case 'sensitivity':
        return html`<corridor-sensitivity-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${this.scenario} .runner=${this.runner}></corridor-sensitivity-panel>`;
      case 'compare':
        return html`<corridor-compare-panel
          id=${common.id}
          role="tabpanel"
          aria-labelledby=${common.labelledby}
          ?hidden=${hidden}
          .scenario=${this.scenario}
          .runner=${this.runner}
          .models=${this.models}
          .workspace=${this.workspace}
        ></corridor-compare-panel>`;
      case 'resilience':
        return html`<corridor-resilience-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${this.scenario} .runner=${this.runner}></corridor-resilience-panel>`;
      case 'uncertainty':
        return html`<corridor-uncertainty-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${this.scenario} .runner=${this.runner}></corridor-uncertainty-panel>`;
      case 'plan':
        return html`<corridor-plan-panel
          id=${common.id}
          role="tabpanel"
          aria-labelledby=${common.labelledby}
          ?hidden=${hidden}
          .scenario=${this.scenario}
          .draft=${this.draft}
          .problems=${this.problems}
          .runner=${this.runner}
        ></corridor-plan-panel>`;
      case 'calibrate':
        return html`<corridor-calibrate-panel
          id=${common.id}
          role="tabpanel"
          aria-labelledby=${common.labelledby}
          ?hidden=${hidden}
          .scenario=${this.scenario}
          .draft=${this.draft}
          .result=${this.result}
          .runner=${this.runner}
        ></corridor-calibrate-panel>`;
      case 'check':
        return html`<corridor-check-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${this.scenario} .runner=${this.runner}></corridor-check-panel>`;
    }
  }
}

defineElement('corridor-analyses', CorridorAnalyses);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-analyses': CorridorAnalyses;
  }
}
