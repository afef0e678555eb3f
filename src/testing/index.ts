export { scenarioArbitrary } from './scenario-arbitrary';
export { scenarioWithBoundArbitrary } from './scenario-with-bound-arbitrary';
export { scenarioVariantArbitrary } from './scenario-variant-arbitrary';
export { checkResult } from './check-result';
export { metamorphic } from './metamorphic';
export { createTestSolver } from './create-test-solver';
export { runCheck } from './run-check';
export type { MoreCapacityParams } from './more-capacity';
export type { MoreDemandParams } from './more-demand';
export type { ScaleCostsParams } from './scale-costs';
export type { RemoveUnusedLinkParams } from './remove-unused-link';
export type { DuplicateLinkParams } from './duplicate-link';
export type { RenameAndReorderParams } from './rename-and-reorder';
export { INVARIANTS, RELATIONS } from './types';
export type * from './types';
// The model's types a property test needs, so one import does.
export type { Scenario, Result, Demand, ScenarioLink, ScenarioNode, Corridor } from '../model/types';
