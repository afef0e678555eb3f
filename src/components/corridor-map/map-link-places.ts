import type { Scenario } from '../../model/types';
import { corridorColor, corridorFallbackColor } from '../corridor-colors';
import { corridorLabel } from '../item-names';
import type { LinkPlace, NodePlace } from './map-layout';
import { drain } from './map-steps';

/** A coordinate in an SVG path, to a tenth of a pixel. */
export function tenth(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/**
 * Where each link between placed nodes is drawn: a straight line, or a curve
 * when several links join the same two nodes (fanned out so each stays
 * visible; when both directions exist each bends to its own right-hand side),
 * with its arrow, binding marker and middle; and whether it is open and whose
 * corridor gate it is.
 */
export function placeLinks(scenario: Scenario, byId: ReadonlyMap<string, NodePlace>): LinkPlace[] {
  return drain(placeLinksInSteps(scenario, byId));
}

/** Links placed (and, before, paired) per step of `placeLinksInSteps`: some 10 ms a step at 1M on a quiet machine. */
const LINKS_PER_STEP = 1000;

/**
 * `placeLinks` in steps of LINKS_PER_STEP links (it yields between them), so
 * that a large network's layout can be worked out over several tasks.
 */
export function* placeLinksInSteps(scenario: Scenario, byId: ReadonlyMap<string, NodePlace>): Generator<void, LinkPlace[]> {
  const gateOf = corridorGates(scenario);
  const closedCorridorGates = new Set((scenario.corridors ?? []).filter((c) => c.enabled === false).flatMap((c) => c.gates));
  const offsets = yield* fanOffsets(scenario, byId);
  const links: LinkPlace[] = [];
  for (const [i, l] of scenario.links.entries()) {
    if (i > 0 && i % LINKS_PER_STEP === 0) yield;
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (a === undefined || b === undefined) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    // Right-hand normal of the direction of travel (screen y points down).
    const nx = -dy / length;
    const ny = dx / length;
    const bend = (offsets.get(l.id) ?? 0) * Math.min(Math.max(length * 0.12, 5), 16);
    const cx = (a.x + b.x) / 2 + nx * bend * 2;
    const cy = (a.y + b.y) / 2 + ny * bend * 2;
    const d =
      bend === 0
        ? `M${tenth(a.x)} ${tenth(a.y)}L${tenth(b.x)} ${tenth(b.y)}`
        : `M${tenth(a.x)} ${tenth(a.y)}Q${tenth(cx)} ${tenth(cy)} ${tenth(b.x)} ${tenth(b.y)}`;
    const at = (t: number): { x: number; y: number } => ({
      x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * cx + t * t * b.x,
      y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * cy + t * t * b.y,
    });
    const tArrow = 0.6;
    const arrowPoint = at(tArrow);
    // Tangent of the quadratic at t: 2(1−t)(C−A) + 2t(B−C).
    const tx = 2 * (1 - tArrow) * (cx - a.x) + 2 * tArrow * (b.x - cx);
    const ty = 2 * (1 - tArrow) * (cy - a.y) + 2 * tArrow * (b.y - cy);
    links.push({
      id: l.id,
      from: l.from,
      to: l.to,
      d,
      arrow: { x: arrowPoint.x, y: arrowPoint.y, angle: Math.atan2(ty, tx) },
      marker: at(0.4),
      mid: { ...at(0.5), nx: bend < 0 ? -nx : nx, ny: bend < 0 ? -ny : ny },
      enabled: l.enabled !== false && a.enabled && b.enabled && !closedCorridorGates.has(l.id),
      gate: gateOf.get(l.id) ?? null,
    });
  }
  return links;
}

/** The corridor whose gate each link is (the first that lists it), with its paints. */
function corridorGates(scenario: Scenario): Map<string, LinkPlace['gate']> {
  const gateOf = new Map<string, LinkPlace['gate']>();
  (scenario.corridors ?? []).forEach((c, index) => {
    const gate = {
      id: c.id,
      label: corridorLabel(c, c.id),
      paint: corridorColor(c, index),
      fallback: corridorFallbackColor(c, index),
    };
    for (const g of c.gates) if (!gateOf.has(g)) gateOf.set(g, gate);
  });
  return gateOf;
}

/** How far each link between the same two nodes bends, in steps (0: straight); it yields every LINKS_PER_STEP links. */
function* fanOffsets(scenario: Scenario, byId: ReadonlyMap<string, NodePlace>): Generator<void, Map<string, number>> {
  // Links between the same two nodes are fanned out so each stays visible:
  // when both directions exist each bends to its own right-hand side.
  const pairs = new Map<string, string[]>();
  const linkById = new Map<string, Scenario['links'][number]>();
  for (const [i, l] of scenario.links.entries()) {
    if (i > 0 && i % LINKS_PER_STEP === 0) yield;
    linkById.set(l.id, l);
    if (!byId.has(l.from) || !byId.has(l.to)) continue;
    const key = l.from < l.to ? `${l.from}\u0000${l.to}` : `${l.to}\u0000${l.from}`;
    const list = pairs.get(key);
    if (list === undefined) pairs.set(key, [l.id]);
    else list.push(l.id);
  }
  yield;
  const offsets = new Map<string, number>();
  let done = 0;
  for (const ids of pairs.values()) {
    if (done > 0 && done % LINKS_PER_STEP === 0) yield;
    done += 1;
    const members = ids.map((id) => linkById.get(id)!);
    const forward = members.filter((l) => l.from < l.to);
    const backward = members.filter((l) => l.from >= l.to);
    const both = forward.length > 0 && backward.length > 0;
    for (const side of [forward, backward]) {
      side.forEach((l, i) => offsets.set(l.id, both ? i + 1 : i - (side.length - 1) / 2));
    }
  }
  yield;
  return offsets;
}
