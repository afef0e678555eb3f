import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode, Source } from './types';

/** Lookups by id over a valid scenario (ids are unique there; a later duplicate never overrides). */
export interface ScenarioIndex {
  readonly nodes: ReadonlyMap<string, ScenarioNode>;
  readonly links: ReadonlyMap<string, ScenarioLink>;
  readonly corridors: ReadonlyMap<string, Corridor>;
  readonly demands: ReadonlyMap<string, Demand>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Gate link id → the corridor it is a gate of (a link is a gate of at most one). */
  readonly corridorOfGate: ReadonlyMap<string, Corridor>;
}

/** Builds the id maps of a scenario in one pass over each array. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const corridors = byId(scenario.corridors ?? []);
  const corridorOfGate = new Map<string, Corridor>();
  for (const corridor of corridors.values()) {
    for (const gate of corridor.gates) if (!corridorOfGate.has(gate)) corridorOfGate.set(gate, corridor);
  }
  return {
    nodes: byId(scenario.nodes),
    links: byId(scenario.links),
    corridors,
    demands: byId(scenario.demands),
    sources: byId(scenario.sources ?? []),
    corridorOfGate,
  };
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
