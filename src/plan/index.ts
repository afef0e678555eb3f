export type { PlanResult, PlanYear, PlanProject, ProjectAppraisal, PlanShortfall, PlanOptions, PlanProgress, PlanSketch, PlanStatus } from './types';
export { planScenario, DEFAULT_PLAN_GAP, type PlanSolvers } from './plan-scenario';
export { formatPlanCsv } from './plan-csv';
export { capitalRecoveryFactor, projectYearlyCost } from './capital-recovery-factor';
export { modelYearWeights, resolveHorizon, type ResolvedHorizon } from './resolve-horizon';
export { modelYearScenario } from './model-year-scenario';
