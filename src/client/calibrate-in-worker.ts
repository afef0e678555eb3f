import type { Scenario } from '../model/types';
import type { CalibrationOptions, CalibrationResult } from '../calibrate/types';
import type { WorkerFactory } from './create-solver-worker';
import { runInOwnWorker } from './run-in-own-worker';

/** Default limit on a whole calibration, ms: five minutes (a calibration is a few LPs). */
export const DEFAULT_CALIBRATE_TIMEOUT_MS = 5 * 60_000;

export interface CalibrateInWorkerOptions {
  readonly signal?: AbortSignal;
  /** Limit on the whole calibration, ms; default from `timeLimitSeconds`, else `DEFAULT_CALIBRATE_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  readonly createWorker?: WorkerFactory;
}

/**
 * Calibrates `scenario` to its `observed` figures in a worker of its own.
 * Resolves with the `CalibrationResult` (failures as data); rejects with a
 * `SolverClientError` when the worker dies or times out, and with the
 * signal's reason when cancelled.
 */
export function calibrateInWorker(scenario: Scenario, calibrationOptions: CalibrationOptions = {}, options: CalibrateInWorkerOptions = {}): Promise<CalibrationResult> {
  const { signal, createWorker } = options;
  const limit = calibrationOptions.timeLimitSeconds;
  const timeoutMs = options.timeoutMs ?? (limit !== undefined ? limit * 1000 + 60_000 : DEFAULT_CALIBRATE_TIMEOUT_MS);
  return runInOwnWorker((api) => api.calibrate(scenario, calibrationOptions) as Promise<CalibrationResult>, {
    timeoutMs,
    what: 'The calibration',
    ...(signal ? { signal } : {}),
    ...(createWorker ? { createWorker } : {}),
  });
}
