export { SolverClient, DEFAULT_TIMEOUT_MS, type SolverClientOptions, type SolveOutcome } from './solver-client';
export { WorkerPool, MAX_DEFAULT_POOL_SIZE, type WorkerPoolOptions, type BatchOptions } from './worker-pool';
export { SolverClientError, type SolverFailureKind } from './solver-client-error';
export { createSolverWorker, setWorkerFactory, type WorkerFactory } from './create-solver-worker';
export { errorResult } from './error-result';
export type { SolverApi, SolveOptions, PingReply, MemoryReport } from './protocol';
export { checkInWorker, DEFAULT_CHECK_TIMEOUT_MS, type CheckInWorkerOptions } from './check-in-worker';
export type { CheckOptions, CheckOutcome, CheckProgressCallback } from './protocol';
export { planInWorker, DEFAULT_PLAN_TIMEOUT_MS, type PlanInWorkerOptions } from './plan-in-worker';
