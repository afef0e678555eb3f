/**
 * The analysis views, fed the output of src/analysis (sweeps, sensitivity,
 * resilience, Monte Carlo, comparison), a plan over years and observations
 * beside the model. Importing this module defines them.
 *
 * The library entry does not import it: it is a chunk of its own, loaded
 * from beside the entry by `loadAnalysisViews()` (and by `<corridor-flow>`
 * when its Analyses tabs need them), so a page that only shows the answer
 * does not download them.
 */
export { CorridorSweep } from '../components/corridor-sweep/corridor-sweep';
export { CorridorCompare } from '../components/corridor-compare/corridor-compare';
export { CorridorHeatmap } from '../components/corridor-heatmap/corridor-heatmap';
export { CorridorResilience } from '../components/corridor-resilience/corridor-resilience';
export { CorridorTornado } from '../components/corridor-tornado/corridor-tornado';
export { CorridorUncertainty } from '../components/corridor-uncertainty/corridor-uncertainty';
export { CorridorPlan } from '../components/corridor-plan/corridor-plan';
export { CorridorObservations } from '../components/corridor-observations/corridor-observations';
export { CorridorWhy } from '../components/corridor-why/corridor-why';
// Chart export (standalone SVG, PNG) for the charts above and a page's own: with them, not in the eager entry.
export { exportSvg, svgToPng } from '../components/chart-export';
