import type { Problem, Result, Scenario } from '../model/types';

/** `detail` of `corridor-solved`. */
export interface CorridorSolvedDetail {
  readonly scenario: Scenario;
  readonly result: Result;
}

/** `detail` of `corridor-error`. */
export interface CorridorErrorDetail {
  readonly message: string;
  readonly problems?: readonly Problem[];
}

/** `detail` of `corridor-change`. */
export interface CorridorChangeDetail {
  /** The scenario as the user left it; may be invalid (then `problems` is non-empty). */
  readonly scenario: Scenario;
  readonly problems: readonly Problem[];
}
