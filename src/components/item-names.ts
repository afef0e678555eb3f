import type { Corridor, Demand, LinkMode, Scenario, ScenarioLink, ScenarioNode } from '../model/types';
import { msg } from '@lit/localize';

/**
 * The words a person reads for each item: its `name` (or `label`) when it has
 * one, else its id. Links and demands are named by their ends, because a
 * link id like `l17` says nothing on a chart.
 */

function present(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

export function nodeLabel(node: ScenarioNode | undefined, id: string): string {
  return node?.name !== undefined && node.name !== '' ? node.name : id;
}

/** Nodes by id per nodes array (scenarios are replaced, never edited in place): a 1,890-link list names each link's ends without a scan of 500 nodes per end. */
const nodeIndex = new WeakMap<readonly ScenarioNode[], ReadonlyMap<string, ScenarioNode>>();

function nodeById(nodes: readonly ScenarioNode[], id: string): ScenarioNode | undefined {
  let index = nodeIndex.get(nodes);
  if (index === undefined) {
    index = new Map(nodes.map((n) => [n.id, n]));
    nodeIndex.set(nodes, index);
  }
  return index.get(id);
}

export function nodeLabelById(scenario: Scenario | null, id: string): string {
  return nodeLabel(scenario === null ? undefined : nodeById(scenario.nodes, id), id);
}

/** A link's ends in words: `Aktau → Baku`. Two links can share them (a ferry and a feeder). */
export function linkLabel(scenario: Scenario | null, link: ScenarioLink): string {
  return `${nodeLabelById(scenario, link.from)} → ${nodeLabelById(scenario, link.to)}`;
}

/** A link's own `name` when it has one, else its ends: for places that show the mode beside it. */
export function linkName(scenario: Scenario | null, link: ScenarioLink): string {
  return present(link.name) ? link.name : linkLabel(scenario, link);
}

/**
 * Words that tell a link from every other one in a list: its `name` when it
 * has one, else its ends with its mode and id (`Aktau → Baku (ferry,
 * aktau-baku)`), since a ferry and a feeder between the same ports would
 * otherwise read the same.
 */
export function linkTitle(scenario: Scenario | null, link: ScenarioLink): string {
  return present(link.name) ? link.name : `${linkLabel(scenario, link)} (${modeWord(link.mode ?? 'rail')}, ${link.id})`;
}

export function corridorLabel(corridor: Corridor | undefined, id: string): string {
  return corridor?.name !== undefined && corridor.name !== '' ? corridor.name : id;
}

export function demandLabel(scenario: Scenario | null, demand: Demand): string {
  const route = `${nodeLabelById(scenario, demand.from)} → ${nodeLabelById(scenario, demand.to)}`;
  return demand.label !== undefined && demand.label !== '' ? `${route} (${demand.label})` : route;
}

/**
 * A name without its parenthesised asides, for tight places (a table's
 * first column, a one-line summary): `Dostyk / Khorgos (China–Kazakhstan
 * border)` → `Dostyk / Khorgos`. The full name goes in the title.
 */
export function shortName(name: string): string {
  const short = name.replace(/\s*\([^)]*\)/g, '').trim();
  return short === '' ? name : short;
}

/** A demand in few words: its ends' short names and its label (`Dostyk / Khorgos → Istanbul / Derince (containers)`). */
export function demandShortLabel(scenario: Scenario | null, demand: Demand): string {
  const route = `${shortName(nodeLabelById(scenario, demand.from))} → ${shortName(nodeLabelById(scenario, demand.to))}`;
  return demand.label !== undefined && demand.label !== '' ? `${route} (${demand.label})` : route;
}

/** A route's name as a column head or a one-line summary can hold it: `TITR / Middle Corridor (Caspian + Georgia)` → `TITR`. */
export function briefName(name: string): string {
  return shortName(name).split(' / ')[0]!.trim() || name;
}

/** A link's mode in the page's language (`rail` → `ж/д` in Russian); the scenario keeps the English value. */
export function modeWord(mode: LinkMode): string {
  switch (mode) {
    case 'rail':
      return msg('rail', { id: 'mode.rail' });
    case 'road':
      return msg('road', { id: 'mode.road' });
    case 'sea':
      return msg('sea', { id: 'mode.sea' });
    case 'ferry':
      return msg('ferry', { id: 'mode.ferry' });
    case 'pipeline':
      return msg('pipeline', { id: 'mode.pipeline' });
    case 'other':
      return msg('other', { id: 'mode.other' });
  }
}
