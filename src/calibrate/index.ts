export type * from './types';
export { calibrate, calibrationFailure, DEFAULT_TOLERANCE, MEASURE } from './calibrate';
export { observationFit, fitStatistics, modelFigure, withinTolerance } from './observation-fit';
export { STEP_USD } from './write-calibration';
