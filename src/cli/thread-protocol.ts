import type { Result, Scenario } from '../model/types';
import type { SolveOptions } from '../solver/types';

/** Main thread → solver thread: solve this (see solver-thread.ts). */
export interface ThreadRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly options?: SolveOptions;
}

/** Solver thread → main thread: the answer to request `id`, or what it threw. */
export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly result: Result }
  | { readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string } };
