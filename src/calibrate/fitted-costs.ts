import type { Scenario } from '../model/types';
import type { FigureRow } from './figure-rows';
import { round6, type FittedCost } from './write-calibration';

interface Delta {
  delta: number;
  /** The observations served (indices into the observations). */
  readonly observations: number[];
  /** The rows whose terms make it. */
  readonly rows: number[];
}

/**
 * The new costs: each observation's term −y onto the costs of what it
 * observes, a link pin onto the link, a corridor pin onto each of its gate
 * links, a node pin onto the node. Costs cannot fall below 0: where a node's
 * would, the node goes to 0 and the rest of the change goes onto each link
 * into it (a node's cost is paid on the tonnes those links bring in, so the
 * effect on the optimum is the same, except for tonnes that start at the
 * node); where a link's would, it is held at 0 and `diagnosis` says so.
 */
export function fittedCosts(
  scenario: Scenario,
  rows: readonly FigureRow[],
  terms: readonly number[],
  diagnosis: string[],
  served: readonly (readonly number[])[] = rows.map((_, i) => [i]),
): { readonly links: ReadonlyMap<number, FittedCost>; readonly nodes: ReadonlyMap<number, FittedCost> } {
  const linkDelta = new Map<number, Delta>();
  const nodeDelta = new Map<number, Delta>();
  const add = (map: Map<number, Delta>, item: number, delta: number, row: number): void => {
    const entry = map.get(item) ?? { delta: 0, observations: [], rows: [] };
    entry.delta += delta;
    for (const i of served[row]!) if (!entry.observations.includes(i)) entry.observations.push(i);
    if (!entry.rows.includes(row)) entry.rows.push(row);
    map.set(item, entry);
  };
  rows.forEach((row, r) => {
    const y = terms[r]!;
    if (y === 0) return;
    if (row.collection === 'nodes') add(nodeDelta, row.item, -y, r);
    else for (const l of row.arcs) add(linkDelta, l, -y, r);
  });

  const nodes = new Map<number, FittedCost>();
  for (const [n, { delta, observations, rows: from }] of nodeDelta) {
    const cost = round6((scenario.nodes[n]!.cost ?? 0) + delta);
    if (cost >= 0) {
      nodes.set(n, { cost, observations });
      continue;
    }
    nodes.set(n, { cost: 0, observations });
    // A published tariff (`calibrate: "fixed"`) takes no share of it.
    const into = (rows.find((row, r) => row.collection === 'nodes' && row.item === n && from.includes(r))?.arcs ?? []).filter(
      (l) => scenario.links[l]!.calibrate !== 'fixed',
    );
    for (const l of into) for (const r of from) add(linkDelta, l, cost / from.length, r);
  }

  const links = new Map<number, FittedCost>();
  for (const [l, { delta, observations }] of linkDelta) {
    let cost = round6(scenario.links[l]!.cost + delta);
    if (cost < 0) {
      diagnosis.push(`links.${scenario.links[l]!.id}.cost would have to fall to ${cost} USD/t; held at 0`);
      cost = 0;
    }
    links.set(l, { cost, observations });
  }
  return { links, nodes };
}
