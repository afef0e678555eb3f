/// <reference lib="webworker" />
/**
 * The solver worker: one glpk.js instance (`glpk.js/node`, loaded by
 * `createSolver`) behind comlink. Created by `src/client/create-solver-worker.ts`.
 */
import { expose } from 'comlink';
import { createSolver } from '../src/solver/create-solver';
import { createSolverApi } from './create-solver-api';

expose(createSolverApi(createSolver));
