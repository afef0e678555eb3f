import type { GLPK } from 'glpk.js/node';
import { buildProblem, runCold, type DirectSolve } from './glpk-problem';
import { rawExports, type Raw } from './glpk-raw-exports';
import { growingDirect } from './glpk-growing-direct';
import { warmDirect, type WarmDirect, type WarmDirectOptions } from './glpk-warm-direct';

/**
 * glpk.js's `solve`, done by calling its GLPK functions directly, straight
 * from the neutral LP's typed arrays.
 *
 * glpk.js takes an LP as JSON (a name and a `{ name, coef }` object per
 * column in every row), reaches GLPK through Emscripten's `ccall`, which
 * allocates a few closures and arrays per call, and names every row and
 * column (a string in, and back out, per row and column). A 47-column solve
 * allocated about 225 kB that way, 88 kB with the names and `ccall` gone
 * but the JSON kept, and two solver workers allocating at that rate slowed
 * each other down, so a sweep of small LPs did not scale across workers.
 * This makes the calls glpk.js's `solve` makes, in the same order, on the
 * same wasm instance, for the JSON LP `glpkLpSolve` would have given it,
 * without building that JSON: columns are numbered as glpk.js numbers their
 * names (objective first, then rows, then bounds), the bounds and the sorted
 * matrix are the same, so the simplex takes the same steps and the answer is
 * the same to the last bit (a property test holds the two equal).
 *
 * The wasm instance is the one glpk.js creates, caught as it is made
 * (`loadWithDirectSolve`). Its exports have minified names, fixed for one
 * release: `EXPORTS` (glpk-raw-exports.ts) is glpk.js 5.0.0's, read off its bundle, and is
 * checked on load (every export there, and GLPK's version string read back
 * through them); on any mismatch glpk.js's own `solve` is used.
 */

/**
 * Runs `load` (glpk.js's factory) and returns its instance with a
 * `DirectSolve` over the same wasm instance, or null when that instance
 * could not be caught or is not glpk.js 5.0.0's.
 */
export async function loadWithDirectSolve(
  load: () => Promise<GLPK>,
): Promise<{
  readonly glpk: GLPK;
  readonly direct: DirectSolve | null;
  readonly warm: ((options?: WarmDirectOptions) => WarmDirect) | null;
  /** A solve for LPs that grow by columns (`growingDirect`). */
  readonly growing: (() => WarmDirect) | null;
}> {
  const instances: WebAssembly.Instance[] = [];
  const original = WebAssembly.Instance;
  const catching = new Proxy(original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as WebAssembly.Instance;
      instances.push(made);
      return made;
    },
  });
  // glpk.js/node makes its instance with `new WebAssembly.Instance` while the factory's promise
  // is pending (after an await of its own), so the constructor is wrapped until it settles.
  const global = WebAssembly as { Instance: typeof WebAssembly.Instance };
  global.Instance = catching;
  let glpk: GLPK;
  try {
    glpk = await load();
  } finally {
    if (global.Instance === catching) global.Instance = original;
  }
  const found = instances.map((made) => rawExports(made, glpk.version)).filter((raw) => raw !== null);
  const raw = found.length === 1 ? found[0]! : null;
  return {
    glpk,
    direct: raw === null ? null : directSolve(glpk, raw),
    warm: raw === null ? null : (options) => warmDirect(glpk, raw, options),
    growing: raw === null ? null : () => growingDirect(glpk, raw),
  };
}

function directSolve(glpk: GLPK, raw: Raw): DirectSolve {
  return (problem, withObjective, options, primal, dual) => {
    const built = buildProblem(glpk, raw, problem, withObjective);
    try {
      return runCold(glpk, raw, built, withObjective, options, primal, dual);
    } finally {
      raw.deleteProb(built.prob);
    }
  };
}
