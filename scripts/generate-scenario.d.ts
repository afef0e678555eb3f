import type { Scenario } from '../src/model/types';

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function seededRandom(seed: number): () => number;

/** A seeded grid scenario for the benchmark; see generate-scenario.js. */
export function generateScenario(options: {
  seed?: number;
  width: number;
  height: number;
  demands: number;
  /** Consecutive demands sharing the first one's origin and value of time; default 1. */
  demandsPerOrigin?: number;
}): Scenario;
