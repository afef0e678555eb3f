import { setParameter } from '../model/parameter-path';
import type { HorizonChange, Scenario } from '../model/types';
import type { ResolvedHorizon } from './resolve-horizon';

/**
 * The one-year scenario of model year `year` (spec: "Details of the planning
 * problem"): every demand's volume grown from `base`,
 * `volume`·(1+growth)^(year − base); then every `changes` entry whose `from`
 * has started (from ≤ year), in order of `from` and, for equal `from`, of the
 * file, so that the latest one of a path wins and a changed volume replaces
 * the grown one. Projects are not applied (their capacity is the plan's
 * decision); `horizon` and `projects` are left out, so `solve` on it gives
 * no planning warning.
 */
export function modelYearScenario(scenario: Scenario, horizon: ResolvedHorizon, year: number): Scenario {
  const { horizon: _horizon, projects: _projects, ...oneYear } = scenario;
  let result: Scenario = { ...oneYear, demands: grownDemands(scenario, horizon.base, year) };
  for (const change of startedChanges(horizon.changes, year)) result = setParameter(result, change.set, change.value);
  return result;
}

function grownDemands(scenario: Scenario, base: number, year: number): Scenario['demands'] {
  return scenario.demands.map((demand) => {
    const growth = demand.growth ?? 0;
    return growth === 0 ? demand : { ...demand, volume: demand.volume * Math.pow(1 + growth, year - base) };
  });
}

/** The changes that apply in `year`, the one that must win last (a stable sort keeps the file's order for equal `from`). */
export function startedChanges(changes: readonly HorizonChange[], year: number): HorizonChange[] {
  return changes.filter((change) => change.from <= year).sort((a, b) => a.from - b.from);
}
