import { applyParameterChanges, setParameter } from '../model/parameter-path';
import type { Result } from '../model/types';
import type { SolveMany, SolveManyOptions, Variants } from './types';

/**
 * Solves variants of one base with `solveMany`: through its own `variants`
 * when it has one (a worker pool: the base crosses to each worker once),
 * otherwise by building each variant here and solving the list. Both give
 * the same results, because both build a variant with `applyParameterChanges`.
 *
 * @throws Error (as `setParameter` does, before anything is solved) when a
 *   change names a path the base does not have or a value that is not a
 *   finite number, either way.
 */
export function solveVariants(solveMany: SolveMany, variants: Variants, options?: SolveManyOptions): Promise<readonly Result[]> {
  if (solveMany.variants === undefined) {
    return solveMany(
      variants.changes.map((changes) => applyParameterChanges(variants.base, changes)),
      options,
    );
  }
  const checked = new Set<string>();
  for (const changes of variants.changes) {
    for (const { path, value } of changes) {
      if (Number.isFinite(value) && checked.has(path)) continue;
      // Throws the message a built variant would have thrown.
      setParameter(variants.base, path, value);
      checked.add(path);
    }
  }
  return solveMany.variants(variants, options);
}
