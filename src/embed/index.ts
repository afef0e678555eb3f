/**
 * corridor-flow as a library: importing this module defines every
 * `corridor-…` custom element, so a page only has to load it once.
 *
 * Nothing starts on import. Only a connected `<corridor-flow>` that has a
 * scenario starts the solver worker (which loads glpk.js and its wasm); the
 * display elements (`<corridor-split>`, `<corridor-map>`, …) render the
 * `scenario` and `result` they are given and never solve.
 *
 * The analysis views (`<corridor-sweep>` and the rest) are a chunk of their
 * own, loaded when one of their tags appears in the document or when
 * `loadAnalysisViews()` is called (see load-analysis-views.ts).
 *
 * The worker and the wasm are separate files found relative to this module
 * (`new URL(…, import.meta.url)`), so the bundle works under any sub-path of
 * the site that serves it. A page on another origin than the bundle (a CDN)
 * needs the `inline` entry instead (see `./inline`).
 */
import { loadAnalysisViewsOnDemand } from './load-analysis-views';

export {
  CorridorFlow,
  MAX_IMPORT_BYTES,
  type CorridorSolvedDetail,
  type CorridorErrorDetail,
  type CorridorChangeDetail,
} from '../app/corridor-flow';
export {
  CorridorEditor,
  type CorridorChangeDetail as EditorChangeDetail,
  type EditorSelection,
} from '../components/corridor-editor/corridor-editor';
export { CorridorSplit } from '../components/corridor-split/corridor-split';
export { CorridorMap, type CorridorSelectDetail, type MapSelection } from '../components/corridor-map/corridor-map';
export { CorridorBottlenecks, type BottleneckSelectDetail } from '../components/corridor-bottlenecks/corridor-bottlenecks';
export { CorridorStatus, SOLVE_STATES, type SolveState } from '../components/corridor-status/corridor-status';
// The analysis views are a chunk of their own, loaded on demand (see load-analysis-views.ts);
// only their types are exported here, their classes come from `loadAnalysisViews()`.
export type { CorridorSweep, SweepExportDetail, SweepProgress } from '../components/corridor-sweep/corridor-sweep';
export type { CorridorCompare } from '../components/corridor-compare/corridor-compare';
export type { CorridorHeatmap } from '../components/corridor-heatmap/corridor-heatmap';
export type { CorridorResilience } from '../components/corridor-resilience/corridor-resilience';
export type { CorridorTornado } from '../components/corridor-tornado/corridor-tornado';
export type { CorridorUncertainty } from '../components/corridor-uncertainty/corridor-uncertainty';
export type { CorridorPlan, PlanWhatIfDetail, PlanYearSelectDetail } from '../components/corridor-plan/corridor-plan';
export type { CorridorObservations } from '../components/corridor-observations/corridor-observations';
export type { CorridorWhy, WhySelectDetail } from '../components/corridor-why/corridor-why';
export type { PlanResult, PlanProgress, PlanOptions, PlanSketch } from '../plan/types';
export type { CalibrationResult, ObservationFit } from '../calibrate/types';
export type { ChartExportOptions, ChartLegendItem } from '../components/chart-export';
export { isCalibrated } from '../components/is-calibrated';
export { ANALYSIS_VIEW_TAGS, loadAnalysisViews, type AnalysisViews } from './load-analysis-views';
export { parseScenario } from '../model/parse-scenario';
export { formatProblem } from '../model/format-problem';
export type { ParseOutcome, Problem, Result, Scenario } from '../model/types';
export type { Sweep } from '../analysis/sweep';

// Where there is no document (a server-side rendering pass) there is nothing to watch.
if (typeof document !== 'undefined') loadAnalysisViewsOnDemand();
