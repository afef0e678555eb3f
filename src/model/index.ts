export * from './types';
export { parseScenario } from './parse-scenario';
export { formatProblem } from './format-problem';
export {
  getParameter,
  setParameter,
  listParameters,
  resolveParameterPath,
  applyParameterChanges,
  type ParameterChange,
  type Variants,
  type ParameterRef,
  type ParameterPathOutcome,
} from './parameter-path';
export { NUMERIC_FIELDS, type ParameterCollection, type NumberRule } from './numeric-fields';
export { indexScenario, type ScenarioIndex } from './scenario-index';
export { LIMITS } from './limits';
export { ID_PATTERN } from './scenario-schema';
export { checkPlanning, planOnlyWarnings, PLAN_ONLY } from './planning-schema';
