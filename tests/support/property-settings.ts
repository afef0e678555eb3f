/**
 * fast-check settings shared by the property tests: CI fixes the seed
 * through FC_SEED (vite.config.ts passes it on); locally fast-check picks one
 * and prints it with any failure, so a failure can be replayed. The
 * failing assertion (for checkResult: the list of violations) is part of
 * fast-check's own report, after the shrunk counter-example.
 */
import type fc from 'fast-check';

export function propertySettings<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  const settings = { numRuns, includeErrorInReport: true };
  return seed === undefined || seed === '' ? settings : { ...settings, seed: Number(seed) };
}
