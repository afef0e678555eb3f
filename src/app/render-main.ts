import { html, type TemplateResult } from 'lit';
import { msg } from '../components/i18n';
import type { Problem, Result, Scenario } from '../model/types';
import type { AnalysisRunner } from './analyses/analysis-runner';
import type { OpenScenarioDetail } from './analyses/check-panel';
import type { AnalysesView } from './analyses/corridor-analyses';
import type { CorridorErrorDetail } from './corridor-flow-events';
import { MODEL_FILES } from './model-files';
import { renderResults, type ResultsView } from './render-results';
import { renderSummaryBar } from './render-summary-bar';
import type { WorkspaceEntry } from './workspace/workspace-file';

/** An edit as the editor and the analyses fire it (`corridor-change`). */
export type EditEvent = CustomEvent<{ scenario: Scenario; phase?: 'input' | 'commit' | 'step' }>;

/** Everything the open scenario's area shows (summary, results beside the editor, analyses) and the actions it offers. */
export interface MainView {
  /** The results column; its `scenario`, `result` and `base` also fill the summary bar. */
  readonly results: ResultsView;
  readonly locale: string;
  /** The scenario as the editor shows it (may be invalid). */
  readonly draft: Scenario;
  readonly baseline: Scenario | null;
  readonly problems: readonly Problem[];
  readonly lastValid: Scenario | null;
  /** The answer the analyses see: only one that answers `lastValid`. */
  readonly analysesResult: Result | null;
  readonly runner: AnalysisRunner;
  readonly workspace: readonly WorkspaceEntry[];
  readonly analysesView: AnalysesView | null;
  readonly onEdit: (event: EditEvent) => void;
  readonly onOpenScenario: (event: CustomEvent<OpenScenarioDetail>) => void;
  readonly onAnalysesError: (event: CustomEvent<CorridorErrorDetail>) => void;
}

/** The open scenario's area: the summary bar, the results beside the editor, the analyses under them. */
export function renderMain(view: MainView): TemplateResult {
  const { results } = view;
  return html`<main class="workspace">
    ${renderSummaryBar(results.scenario, results.result, results.base, view.locale)}
    <div class="beside">
      ${renderResults(results)}
      <section part="editor" class="editor" aria-label=${msg('Editor')}>
        <corridor-editor
          .scenario=${view.draft}
          .baseline=${view.baseline}
          .problems=${view.problems}
          .selected=${results.selected}
          @corridor-change=${view.onEdit}
          @corridor-select=${results.onSelect}
        ></corridor-editor>
      </section>
    </div>
    <section part="analyses" class="analyses" aria-label=${msg('Analyses')}>
      <corridor-analyses
        .scenario=${view.lastValid}
        .draft=${view.draft}
        .problems=${view.problems}
        .result=${view.analysesResult}
        @corridor-change=${view.onEdit}
        .runner=${view.runner}
        .models=${MODEL_FILES}
        .workspace=${view.workspace}
        .initialView=${view.analysesView}
        @corridor-open-scenario=${view.onOpenScenario}
        @corridor-error=${view.onAnalysesError}
      ></corridor-analyses>
    </section>
  </main>`;
}
