import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode } from '../../../src/model/types';

/** A scenario from its parts, valid by construction (tests build exactly what they need). */
export function scenarioOf(parts: {
  readonly nodes: readonly (ScenarioNode | string)[];
  readonly links: readonly ScenarioLink[];
  readonly corridors?: readonly Corridor[];
  readonly demands: readonly Demand[];
}): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'test',
    nodes: parts.nodes.map((n) => (typeof n === 'string' ? { id: n } : n)),
    links: parts.links,
    ...(parts.corridors ? { corridors: parts.corridors } : {}),
    demands: parts.demands,
  };
}

/** A link `from→to` with id `${from}${to}` unless given. */
export function link(from: string, to: string, cost: number, extra: Partial<ScenarioLink> = {}): ScenarioLink {
  return { id: `${from}${to}`, from, to, cost, ...extra };
}

export function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`byId: no item "${id}"`);
  return found;
}
