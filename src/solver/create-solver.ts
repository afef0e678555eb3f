import GLPK from 'glpk.js/node';
import { solveScenario, type SolveScenarioOptions } from '../lp/solve-scenario';
import { dropSpareScratch, withScratch } from '../lp/scratch';
import { warmRun } from '../lp/warm-run';
import type { LpSolve } from '../lp/types';
import { glpkLpSolve, presolvesByDefault } from './glpk-lp-solve';
import { glpkMipSolve } from './glpk-mip-solve';
import type { MipSolve } from '../lp/mip-types';
import { loadWithDirectSolve } from './glpk-direct';
import type { WarmDirect } from './glpk-warm-direct';
import type { Solver, WarmSolver, WarmSolverOptions } from './types';

/**
 * The glpk.js release in use. Its GLPK version is read from the instance; the
 * package's own version is not exported by glpk.js, so it is written here and
 * a test checks it against `node_modules/glpk.js/package.json` (package.json
 * pins the exact version).
 */
export const GLPK_JS_VERSION = '5.0.0';

let instance: ReturnType<typeof loadWithDirectSolve> | null = null;

/**
 * Load glpk.js (`glpk.js/node`: the plain Emscripten module, which works in
 * Node and inside a module Web Worker) once and return a solver that reuses
 * that one instance: instances made per solve leak memory (design.md).
 *
 * After GLPK aborted (a bug: the LP is checked first), the next call loads a
 * fresh instance, since an abort may leave the wasm instance unusable.
 */
export async function createSolver(): Promise<Solver> {
  if (instance === null) {
    const loading = loadWithDirectSolve(GLPK);
    instance = loading;
    loading.catch(() => {
      if (instance === loading) instance = null;
    });
  }
  const { glpk, direct, warm, growing } = await instance;
  const loaded = instance;
  const name = { name: 'glpk.js', version: `${GLPK_JS_VERSION} (GLPK ${glpk.version})` };
  const checked = <T extends { readonly status: string; readonly message?: string }>(solution: T): T => {
    if (solution.status === 'error' && solution.message?.startsWith('GLPK failed') && instance === loaded) instance = null;
    return solution;
  };
  const solveLp: LpSolve = (lp, options) => checked(glpkLpSolve(glpk, name, lp, options, direct));
  const solveMip: MipSolve = (mip, options) => checked(glpkMipSolve(glpk, name, mip, options));
  // Each warm solver keeps a GLPK problem of its own between its solves, until its caller releases it.
  const warmLpOf = (kept: WarmDirect, always = false): LpSolve => (lp, options) => {
    // A small LP is solved exactly as `solveLp` solves it, on every way it may take (glpk-lp-solve.ts).
    if (!always && !presolvesByDefault(lp)) return solveLp(lp, options);
    const before = kept.warmStarts();
    const solution = checked(glpkLpSolve(glpk, name, lp, options, kept.solve));
    // On any doubt, cold: a warm start that ended without a verified optimum is solved again from scratch
    // (not after a time limit, which the cold solve would overrun, nor after GLPK aborted the instance).
    if (solution.status === 'optimal' || solution.status === 'time-limit' || kept.warmStarts() === before) return solution;
    if (solution.status === 'error' && solution.message?.startsWith('GLPK failed')) return solution;
    kept.release();
    return solveLp(lp, options);
  };
  const warmLp = warm === null ? undefined : () => {
    const kept = warm();
    return { solveLp: warmLpOf(kept), release: kept.release };
  };
  // The path method's masters grow by columns round by round: each starts from the last one's basis, whatever its size.
  const growingLp = growing === null ? undefined : () => {
    const kept = growing();
    return { solveLp: warmLpOf(kept, true), release: kept.release, warmStarts: kept.warmStarts };
  };
  const withMasters = (options: SolveScenarioOptions = {}): SolveScenarioOptions => (growingLp === undefined ? options : { ...options, masterLp: growingLp });
  const warmSolver = warm === null ? undefined : (options: WarmSolverOptions = {}): WarmSolver => {
    const always = options.always === true;
    const kept = warm(always ? { always } : {});
    // One layout's run: its scratch buffers are kept between solves however large (freed on release).
    const run = warmRun(warmLpOf(kept, always), {
      ...(growingLp === undefined ? {} : { masterLp: growingLp }),
      release: () => {
        dropSpareScratch();
        kept.release();
      },
    });
    return {
      solve: (scenario, solveOptions) =>
        withScratch(() => solveScenario(scenario, run.solveLp, { ...solveOptions, ...run.paths, layoutCache: run.layoutCache }), { reuse: true, keepLarge: true }),
      warmStarts: () => kept.warmStarts() + run.pathReuse.seededSolves,
      columnsReused: () => run.pathReuse.columnsReused,
      release: run.release,
    };
  };
  return {
    solveMip,
    ...(warmLp === undefined ? {} : { warmLp }),
    ...(growingLp === undefined ? {} : { growingLp }),
    ...(warmSolver === undefined ? {} : { warmSolver }),
    // Reused scratch buffers (src/lp/scratch.ts): the Result holds no array of the solve, and a run of
    // small solves then allocates no typed-array memory at all, which two workers cannot do in parallel.
    solve: (scenario, options) => withScratch(() => solveScenario(scenario, solveLp, withMasters(options)), { reuse: true }),
    solveLp,
    version: `glpk.js ${name.version}`,
    direct: direct !== null,
  };
}
