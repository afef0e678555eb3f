/**
 * corridor-flow as a library: importing this module defines every
 * `corridor-…` custom element, so a page only has to load it once.
 *
 * Nothing starts on import. Only a connected `<corridor-flow>` that has a
 * scenario starts the solver worker (which loads glpk.js and its wasm); the
 * display elements (`<corridor-split>`, `<corridor-map>`, …) render the
 * `scenario` and `result` they are given and never solve.
 *
 * The worker and the wasm are separate files found relative to this module
 * (`new URL(…, import.meta.url)`), so the bundle works under any sub-path of
 * the site that serves it. A page on another origin than the bundle (a CDN)
 * needs the `inline` entry instead (see `./inline`).
 */
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
export { CorridorSweep, type SweepExportDetail, type SweepProgress } from '../components/corridor-sweep/corridor-sweep';
// The analysis views: fed the output of src/analysis (sweeps, sensitivity, resilience, Monte Carlo, comparison).
export { CorridorCompare } from '../components/corridor-compare/corridor-compare';
export { CorridorHeatmap } from '../components/corridor-heatmap/corridor-heatmap';
export { CorridorResilience } from '../components/corridor-resilience/corridor-resilience';
export { CorridorTornado } from '../components/corridor-tornado/corridor-tornado';
export { CorridorUncertainty } from '../components/corridor-uncertainty/corridor-uncertainty';
export { parseScenario } from '../model/parse-scenario';
export { formatProblem } from '../model/format-problem';
export type { ParseOutcome, Problem, Result, Scenario } from '../model/types';
export type { Sweep } from '../analysis/sweep';
