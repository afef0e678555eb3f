/**
 * A worker thread of scripts/bench-peers.js: solves one neutral LP with one
 * pure-JS peer solver and posts back `{ status, objective, modelMs, solveMs }`.
 * It runs in a thread of its own so that the benchmark can stop a solve that
 * overruns its time budget (`worker.terminate()` ends even a synchronous
 * loop), which neither solver offers for a plain LP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toJsLpSolverModel, toYalpsModel } from './bench-peer-adapters.js';

const { solver, lp } = workerData;

const solvers = {
  async 'javascript-lp-solver'() {
    const { default: jsLpSolver } = await import('javascript-lp-solver');
    const t0 = performance.now();
    const model = toJsLpSolverModel(lp);
    const t1 = performance.now();
    const result = jsLpSolver.Solve(model);
    const t2 = performance.now();
    const status = result.feasible === false ? 'infeasible' : result.bounded === false ? 'unbounded' : 'optimal';
    return { status, objective: result.result, modelMs: t1 - t0, solveMs: t2 - t1 };
  },
  async yalps() {
    const { solve } = await import('yalps');
    const t0 = performance.now();
    const model = toYalpsModel(lp);
    const t1 = performance.now();
    // Its default pivot limit (8,192) is meant to catch cycling on small models; ours need more.
    const result = solve(model, { maxPivots: Number.MAX_SAFE_INTEGER });
    const t2 = performance.now();
    return { status: result.status, objective: result.result, modelMs: t1 - t0, solveMs: t2 - t1 };
  },
};

try {
  parentPort.postMessage({ ok: true, ...(await solvers[solver]()) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
