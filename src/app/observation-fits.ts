/**
 * The scenario's observations against a result, as the app shows them (under
 * the answer, in the Calibrate tab, in the result CSV): the calibration
 * engine's own reading, so the app, `solve` and `calibrate` agree figure by
 * figure (a link's figure counts its calibration steps).
 */
export { observationFit as observationFits, fitStatistics } from '../calibrate/observation-fit';
