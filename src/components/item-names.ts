import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode } from '../model/types';

/**
 * The words a person reads for each item: its `name` (or `label`) when it has
 * one, else its id. Links and demands are named by their ends, because a
 * link id like `l17` says nothing on a chart.
 */

export function nodeLabel(node: ScenarioNode | undefined, id: string): string {
  return node?.name !== undefined && node.name !== '' ? node.name : id;
}

export function nodeLabelById(scenario: Scenario | null, id: string): string {
  return nodeLabel(scenario?.nodes.find((n) => n.id === id), id);
}

export function linkLabel(scenario: Scenario | null, link: ScenarioLink): string {
  return `${nodeLabelById(scenario, link.from)} → ${nodeLabelById(scenario, link.to)}`;
}

export function corridorLabel(corridor: Corridor | undefined, id: string): string {
  return corridor?.name !== undefined && corridor.name !== '' ? corridor.name : id;
}

export function demandLabel(scenario: Scenario | null, demand: Demand): string {
  const route = `${nodeLabelById(scenario, demand.from)} → ${nodeLabelById(scenario, demand.to)}`;
  return demand.label !== undefined && demand.label !== '' ? `${route} (${demand.label})` : route;
}
