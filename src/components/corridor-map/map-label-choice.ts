import type { NodeKind } from '../../model/types';
import { formatTonnes } from '../format';
import { lineWidth } from './map-layers';
import { placeMapLabelsInSteps, type MapLabels, type WantedFlowLabel } from './map-labels';
import type { MapLayout } from './map-layout';
import { drain } from './map-steps';

/** At the whole-map zoom, links carrying at least this share of the largest flow get their flow written beside them. */
const FLOW_LABEL_SHARE = 0.12;
/** Flow figures at the whole-map zoom; each label level (zoom doubling) allows twice as many, smaller ones too. */
const MAX_FLOW_LABELS = 24;
const KIND_RANK: Record<NodeKind, number> = { city: 0, port: 1, border: 2, hub: 3, rail: 4 };

/** What the labels are chosen by: each node's throughput and each link's flow, t/yr. */
export interface LabelFigures {
  throughput(nodeId: string): number;
  flow(linkId: string): number;
  readonly maxFlow: number;
  readonly locale: string;
}

/**
 * Which names and flow figures a label level shows, and where: the busiest
 * nodes (by throughput, then links, kind and order) are named first, the
 * largest flows written first; placed by placeMapLabels.
 */
export function chooseMapLabels(layout: MapLayout, level: number, figures: LabelFigures): MapLabels {
  return drain(chooseMapLabelsInSteps(layout, level, figures));
}

/**
 * `chooseMapLabels` in steps (it yields between them): the figures are read
 * in the first step, so a step later in another task places what was asked.
 */
export function* chooseMapLabelsInSteps(layout: MapLayout, level: number, figures: LabelFigures): Generator<void, MapLabels> {
  const { throughput, maxFlow } = figures;
  const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
  // The ranking's keys read once per node (not twice per comparison, by Map lookups).
  const nodes = layout.nodes;
  const busy = Float64Array.from(nodes, (n) => throughput(n.id));
  const degree = Float64Array.from(nodes, (n) => layout.degree.get(n.id) ?? 0);
  const rank = Float64Array.from(nodes, (n) => KIND_RANK[n.kind]);
  const nameOrder = nodes
    .map((_, i) => i)
    .sort((p, q) => busy[q]! - busy[p]! || degree[q]! - degree[p]! || rank[p]! - rank[q]! || p - q)
    .map((i) => nodes[i]!.id);
  const flows: WantedFlowLabel[] =
    maxFlow <= 0
      ? []
      : layout.links
          .map((place) => ({ place, flow: figures.flow(place.id) }))
          .filter(({ place, flow }) => place.enabled && flow > 1e-9 && flow >= (maxFlow * FLOW_LABEL_SHARE) / level)
          .sort((a, b) => b.flow - a.flow)
          .slice(0, MAX_FLOW_LABELS * level)
          .map(({ place, flow }) => ({
            id: place.id,
            text: formatTonnes(flow, { locale: figures.locale }).replace('/yr', ''),
            halfWidth: lineWidth(flow, maxFlow) / 2,
          }));
  const placed = yield* placeMapLabelsInSteps(layout, { nameOrder, flows, zoom: level });
  // Drawn in the layout's order, not by rank (labels never overlap, so their order does not show):
  // a re-solve that re-ranks them keeps each one's element, and only those that moved change.
  const linkIndex = new Map(layout.links.map((l, i) => [l.id, i]));
  return {
    names: [...placed.names].sort((p, q) => (index.get(p.id) ?? 0) - (index.get(q.id) ?? 0)),
    flows: [...placed.flows].sort((p, q) => (linkIndex.get(p.id) ?? 0) - (linkIndex.get(q.id) ?? 0)),
  };
}
