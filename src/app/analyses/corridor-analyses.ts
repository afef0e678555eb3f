import { adoptStyles, html, LitElement, type TemplateResult } from 'lit';
import type { Problem, Result, Scenario } from '../../model/types';
import { sharedStyles } from '../../components/shared.styles';
import type { ModelFile } from '../model-files';
import type { NamedScenario } from './compare-panel';
import { analysesFrameStyles } from './corridor-analyses.styles';
import type { AnalysisRunner } from './analysis-runner';
import { defineElement } from '../../components/define-element';
import { localized, msg, str } from '../../components/i18n';

export { ANALYSIS_TABS, isAnalysisTab, type AnalysisTab, type AnalysesView } from './analysis-tabs';
import type { AnalysisTab, AnalysesView } from './analysis-tabs';

type AnalysesContent = typeof import('./render-analyses');

function failureText(reason: string): string {
  return msg(str`The analyses could not be loaded (${reason}); reload the page to try again.`);
}

/**
 * @summary The "Analyses" area of `<corridor-flow>`: one tab per analysis
 * of `src/analysis` (sweep, two-way, sensitivity, compare, resilience,
 * uncertainty), the plan over years, the calibration to observed figures
 * and the invariant check. Plan and Calibrate edit the scenario: their
 * `corridor-change` events reach the app as the editor's do. Lazy: the tabs
 * arrive as a chunk of their own when the element is first connected
 * ("Loading the analyses…" meanwhile; `updateComplete` waits for them), a
 * tab's panel is made when the tab is first opened, and nothing is solved
 * until its Run button is pressed. A panel keeps its settings and figures
 * while other tabs are open.
 *
 * Tabs follow the WAI-ARIA tabs pattern: ←/→, Home and End move between
 * tabs (and open them); Tab moves into the open panel.
 *
 * @event corridor-error - The tabs or a tab's panel could not be loaded (its chunk failed to download; the tabs' failure is also said in place). `detail: { message }`.
 */
@localized()
export class CorridorAnalyses extends LitElement {
  static override styles = [sharedStyles, analysesFrameStyles];

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
  /** The tabs and panels (render-analyses.ts, a chunk of its own), once loaded; null before. */
  #content: AnalysesContent | null = null;
  /** Why the content could not be loaded (the import's error); null while loading or once loaded. */
  #failure: string | null = null;
  #loading: Promise<void> | null = null;

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
    // A tab opened before the content arrived gets its panel when it does (the content's arrival updates).
    if (tab !== '' && this.#content !== null && !this.#opened.has(tab)) {
      this.#opened.add(tab);
      this.#content.loadPanel(this, tab);
    }
  }

  /** Opens a tab (and makes its panel). */
  open(tab: AnalysisTab): void {
    this.tab = tab;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loading ??= this.#loadContent();
  }

  /** Resolves once the content has arrived (or failed to) and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#loading;
    return super.getUpdateComplete();
  }

  async #loadContent(): Promise<void> {
    try {
      const content = await import('./render-analyses');
      adoptStyles(this.renderRoot as ShadowRoot, [...CorridorAnalyses.elementStyles, ...content.analysesTabStyles]);
      this.#content = content;
    } catch (error) {
      this.#failure = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(new CustomEvent('corridor-error', { detail: { message: failureText(this.#failure) }, bubbles: true, composed: true }));
    }
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    if (this.#content !== null) return this.#content.renderAnalyses(this, this.#opened);
    return html`
      <section class="base" aria-labelledby="analyses-title" aria-busy=${this.#failure === null ? 'true' : 'false'}>
        <h2 id="analyses-title">${msg('Analyses')}</h2>
        ${this.#failure === null
          ? html`<p class="intro">${msg('Loading the analyses…')}</p>`
          : html`<p class="intro" role="alert">${failureText(this.#failure)}</p>`}
      </section>
    `;
  }
}

defineElement('corridor-analyses', CorridorAnalyses);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-analyses': CorridorAnalyses;
  }
}
