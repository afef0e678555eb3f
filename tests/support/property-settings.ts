/**
 * fast-check settings shared by the property tests: CI fixes the seed
 * through FC_SEED (vite.config.ts passes it on); locally fast-check picks one
 * and prints it with any failure, so a failure can be replayed.
 */
import type fc from 'fast-check';

export function propertySettings<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  return seed === undefined || seed === '' ? { numRuns } : { numRuns, seed: Number(seed) };
}
