// The content of `<corridor-analyses>`: its tabs, their keyboard and their
// panels. A chunk of its own, loaded when the element is first connected, so
// the library's eager script holds only the element's frame.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../components/i18n';
import { ANALYSIS_TABS, type AnalysisTab } from './analysis-tabs';
import type { CorridorAnalyses } from './corridor-analyses';

export { analysesTabStyles } from './analyses-tabs.styles';


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

/** Loads a tab's panel; a chunk that fails to download is reported as `corridor-error` on `host`. */
export function loadPanel(host: CorridorAnalyses, tab: AnalysisTab): void {
  PANELS[tab]().catch((error: unknown) => {
    host.dispatchEvent(
      new CustomEvent('corridor-error', {
        detail: { message: `The ${tab} analysis could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page to try again.` },
        bubbles: true,
        composed: true,
      }),
    );
  });
}

/** ←/→, Home and End move between tabs and open them (the WAI-ARIA tabs pattern). */
function onTabKey(host: CorridorAnalyses, event: KeyboardEvent): void {
  const index = ANALYSIS_TABS.findIndex((t) => t.id === host.tab);
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
  host.tab = ANALYSIS_TABS[next]!.id;
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`#tab-${host.tab}`)?.focus());
}

/** The tabs and the panels of the tabs opened so far (`opened`: kept, hidden, so their work is kept). */
export function renderAnalyses(host: CorridorAnalyses, opened: ReadonlySet<AnalysisTab>): TemplateResult {
  return html`
    <section class="base" aria-labelledby="analyses-title">
      <h2 id="analyses-title">${msg('Analyses')}</h2>
      <div role="tablist" aria-labelledby="analyses-title" @keydown=${(event: KeyboardEvent) => onTabKey(host, event)}>
        ${ANALYSIS_TABS.map(
          (t, i) => html`<button
            type="button"
            role="tab"
            id=${`tab-${t.id}`}
            aria-selected=${host.tab === t.id ? 'true' : 'false'}
            aria-controls=${`panel-${t.id}`}
            tabindex=${host.tab === t.id || (host.tab === '' && i === 0) ? '0' : '-1'}
            @click=${() => host.open(t.id)}
          >
            ${tabLabel(t)}
          </button>`,
        )}
      </div>
      ${host.tab === ''
        ? html`<p class="intro">
            ${msg('How does the answer move when an assumption moves? Pick an analysis above; nothing is computed until you press its Run button. Analyses run in background workers, so the app stays usable.')}
          </p>`
        : nothing}
      ${ANALYSIS_TABS.map((t) => (opened.has(t.id) ? renderPanel(host, t.id) : nothing))}
    </section>
  `;
}

function renderPanel(host: CorridorAnalyses, id: AnalysisTab): TemplateResult {
  const hidden = host.tab !== id;
  const common = { id: `panel-${id}`, labelledby: `tab-${id}` };
  switch (id) {
    case 'sweep':
      return html`<corridor-sweep-panel
        id=${common.id}
        role="tabpanel"
        aria-labelledby=${common.labelledby}
        ?hidden=${hidden}
        .scenario=${host.scenario}
        .runner=${host.runner}
        .initial=${host.initialView?.sweep ?? null}
      ></corridor-sweep-panel>`;
    case 'two-way':
      return html`<corridor-two-way-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${host.scenario} .runner=${host.runner}></corridor-two-way-panel>`;
    case 'sensitivity':
      return html`<corridor-sensitivity-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${host.scenario} .runner=${host.runner}></corridor-sensitivity-panel>`;
    case 'compare':
      return html`<corridor-compare-panel
        id=${common.id}
        role="tabpanel"
        aria-labelledby=${common.labelledby}
        ?hidden=${hidden}
        .scenario=${host.scenario}
        .runner=${host.runner}
        .models=${host.models}
        .workspace=${host.workspace}
      ></corridor-compare-panel>`;
    case 'resilience':
      return html`<corridor-resilience-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${host.scenario} .runner=${host.runner}></corridor-resilience-panel>`;
    case 'uncertainty':
      return html`<corridor-uncertainty-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${host.scenario} .runner=${host.runner}></corridor-uncertainty-panel>`;
    case 'plan':
      return html`<corridor-plan-panel
        id=${common.id}
        role="tabpanel"
        aria-labelledby=${common.labelledby}
        ?hidden=${hidden}
        .scenario=${host.scenario}
        .draft=${host.draft}
        .problems=${host.problems}
        .runner=${host.runner}
      ></corridor-plan-panel>`;
    case 'calibrate':
      return html`<corridor-calibrate-panel
        id=${common.id}
        role="tabpanel"
        aria-labelledby=${common.labelledby}
        ?hidden=${hidden}
        .scenario=${host.scenario}
        .draft=${host.draft}
        .result=${host.result}
        .runner=${host.runner}
      ></corridor-calibrate-panel>`;
    case 'check':
      return html`<corridor-check-panel id=${common.id} role="tabpanel" aria-labelledby=${common.labelledby} ?hidden=${hidden} .scenario=${host.scenario} .runner=${host.runner}></corridor-check-panel>`;
  }
}
