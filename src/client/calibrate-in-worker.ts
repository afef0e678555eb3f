import type { CalibrationOptions, CalibrationResult } from '../calibrate/types';
import type { Scenario } from '../model/types';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker } from './worker-handle';
import { SolverClientError } from './solver-client-error';

/** Default limit on a calibration, ms: a few LPs of the scenario's size, so a minute is far above any model here. */
export const DEFAULT_CALIBRATE_TIMEOUT_MS = 60_000;

export interface CalibrateInWorkerOptions {
  /** Stops the calibration: the worker is terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Limit on the whole calibration, ms; default `DEFAULT_CALIBRATE_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  readonly createWorker?: WorkerFactory;
}

/**
 * Calibrates `scenario` to its `observed` figures (docs/calibration.md) in a
 * worker of its own, started for this call and terminated after it, so the
 * interactive solver's worker keeps answering edits meanwhile and the main
 * thread never blocks. The worker runs the same pure `calibrate` as
 * `corridor-flow calibrate`.
 *
 * Resolves with the calibration (failures as data: status `error`);
 * rejects with a `SolverClientError` when the worker dies or times out, and
 * with the signal's reason when cancelled.
 */
export async function calibrateInWorker(
  scenario: Scenario,
  calibrationOptions: CalibrationOptions = {},
  { signal, timeoutMs = DEFAULT_CALIBRATE_TIMEOUT_MS, createWorker = createSolverWorker }: CalibrateInWorkerOptions = {},
): Promise<CalibrationResult> {
  signal?.throwIfAborted();
  const handle = startWorker(createWorker);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      handle.terminate(new SolverClientError('closed', 'The calibration was cancelled.'));
      reject(signal?.reason ?? new DOMException('The calibration was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    return await Promise.race([handle.call<CalibrationResult>((api) => api.calibrate(scenario, calibrationOptions), timeoutMs), aborted]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    handle.terminate();
  }
}
