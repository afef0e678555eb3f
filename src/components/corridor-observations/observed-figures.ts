import type { Scenario } from '../../model/types';
import { corridorLabel, linkTitle, nodeLabel } from '../item-names';

/** A figure an observation may name, with the words a person reads. */
export interface ObservedFigure {
  /** `corridors.<id>.flow`, `links.<id>.flow` or `nodes.<id>.throughput`. */
  readonly of: string;
  readonly label: string;
  readonly group: 'Corridor flow' | 'Link flow' | 'Node throughput';
}

/** Every figure of the scenario an observation can name: corridors, then links, then nodes. */
export function observedFigures(scenario: Scenario | null): ObservedFigure[] {
  if (scenario === null) return [];
  return [
    ...(scenario.corridors ?? []).map((c) => ({ of: `corridors.${c.id}.flow`, label: corridorLabel(c, c.id), group: 'Corridor flow' as const })),
    ...scenario.links.map((l) => ({ of: `links.${l.id}.flow`, label: linkTitle(scenario, l), group: 'Link flow' as const })),
    ...scenario.nodes.map((n) => ({ of: `nodes.${n.id}.throughput`, label: nodeLabel(n, n.id), group: 'Node throughput' as const })),
  ];
}

/** The words for one figure: `TITR · corridor flow`, or the path itself when the scenario does not know it. */
export function figureLabel(scenario: Scenario | null, of: string): string {
  const figure = observedFigures(scenario).find((f) => f.of === of);
  return figure === undefined ? of : `${figure.label} · ${figure.group.toLowerCase()}`;
}
