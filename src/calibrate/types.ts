/**
 * The calibration's result and options (spec: "`observed`"): the contract
 * between the calibration engine, the worker, the CLI and the Calibrate
 * view. Extend compatibly (new optional fields); never change a field's
 * meaning.
 */
import type { Scenario, SolverInfo } from '../model/types';

/** One observation beside the model's figure. */
export interface ObservationFit {
  /** `corridors.<id>.flow`, `links.<id>.flow` or `nodes.<id>.throughput`. */
  readonly of: string;
  /** t/yr. */
  readonly observed: number;
  /** t/yr; null when the scenario could not be solved. */
  readonly model: number | null;
  /** model − observed, t/yr; null with model. */
  readonly difference: number | null;
  /** 100·(model − observed)/observed; null with model or when observed is 0. */
  readonly percent: number | null;
  readonly year?: number;
  readonly source?: string;
}

/** One cost the calibration changed (or one step link it added). */
export interface CostChange {
  /** Parameter path, e.g. `links.<id>.cost` or `nodes.<id>.cost`. */
  readonly set: string;
  /** USD/t before; null for an added step link. */
  readonly old: number | null;
  /** USD/t after. */
  readonly value: number;
  /** Why: the observation(s) it serves, in words. */
  readonly reason: string;
}

/** An observation that cannot hold together with the others or with the network. */
export interface ObservationConflict {
  readonly of: string;
  readonly observed: number;
  /** The closest level the network allows, t/yr. */
  readonly closest: number;
  /** |observed − closest|, t/yr. */
  readonly missBy: number;
  /** E.g. "above the capacity of links.ferry (4,170,000 t/yr)". */
  readonly reason: string;
}

/** Fit statistics over all observations. */
export interface FitStatistics {
  /** Mean absolute % error; null with no observations. */
  readonly meanAbsolutePercentError: number | null;
  /** The figure with the largest absolute % error; null with none. */
  readonly worst: { readonly of: string; readonly percent: number } | null;
}

/** `calibrated`: every observation within tolerance; `inconsistent`: some cannot hold (see `conflicts`), the closest calibration is still offered. */
export type CalibrationStatus = 'calibrated' | 'inconsistent' | 'time-limit' | 'error';

export interface CalibrationResult {
  readonly status: CalibrationStatus;
  /** The scenario with the changed costs (and step links), each saying why in its `assumption`; null on error. */
  readonly scenario: Scenario | null;
  readonly changes: readonly CostChange[];
  /** Observations against the uncalibrated scenario's optimum. */
  readonly before: readonly ObservationFit[];
  /** Observations against the calibrated scenario's optimum. */
  readonly after: readonly ObservationFit[];
  readonly fitBefore: FitStatistics;
  readonly fitAfter: FitStatistics;
  readonly conflicts: readonly ObservationConflict[];
  /** How "smallest" was measured, in words (shown to the user). */
  readonly measure: string;
  readonly diagnosis?: readonly string[];
  readonly solver: SolverInfo;
}

export interface CalibrationOptions {
  /** Relative tolerance per observation; default 0.01. */
  readonly tolerance?: number;
  /** Wall-clock limit, seconds; default none. */
  readonly timeLimitSeconds?: number;
  /**
   * Extension: fit each figure's observation of this year (else its undated
   * one); default: each figure's latest observation. Every observation is
   * still shown in `before` and `after`.
   */
  readonly year?: number;
}
