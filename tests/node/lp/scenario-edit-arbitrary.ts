/**
 * Edits of a scenario as a run of solves meets them: a sweep's or a Monte
 * Carlo draw's changed numbers, which keep the LP's layout, and changes of
 * the layout itself (links and demands added or removed, items switched off,
 * capacities made unlimited, penalties, days and shares that add or drop
 * rows, columns or entries). Shared by the tests of `LayoutCache` and of the
 * warm solver.
 */
import fc from 'fast-check';
import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode } from '../../../src/model/types';

/** Edits that change numbers only: the layout stays (`layoutKey` equal). */
export const NUMBER_EDITS = ['capacity', 'cost', 'volume', 'nodeCapacity', 'maxFlow', 'share', 'penalty'] as const;
/** Edits that may change the layout. */
export const LAYOUT_EDITS = [
  'unlimited',
  'limited',
  'addLink',
  'removeLink',
  'addDemand',
  'removeDemand',
  'toggleLink',
  'toggleNode',
  'toggleCorridor',
  'togglePenalty',
  'days',
  'valueOfTime',
  'shareEdge',
] as const;

export type EditKind = (typeof NUMBER_EDITS)[number] | (typeof LAYOUT_EDITS)[number];

export interface ScenarioEdit {
  readonly kind: EditKind;
  /** Which item (modulo how many there are). */
  readonly at: number;
  /** A second item (the other end of an added link or demand). */
  readonly other: number;
  readonly factor: number;
}

/** One edit; `layout: false` gives number edits only. */
export function scenarioEditArbitrary({ layout = true }: { readonly layout?: boolean } = {}): fc.Arbitrary<ScenarioEdit> {
  const kinds: readonly EditKind[] = layout ? [...NUMBER_EDITS, ...LAYOUT_EDITS] : NUMBER_EDITS;
  return fc.record({
    kind: fc.constantFrom(...kinds),
    at: fc.nat(40),
    other: fc.nat(40),
    // Down to 0 for capacities: a closed link keeps its arc and its row.
    factor: fc.oneof(fc.constant(0), fc.double({ min: 0.25, max: 2, noNaN: true })),
  });
}

export function isNumberEdit(edit: ScenarioEdit): boolean {
  return (NUMBER_EDITS as readonly string[]).includes(edit.kind);
}

const pick = <T>(items: readonly T[], at: number): number => at % items.length;

/** `scenario` with `edit` made (a no-op where it does not apply); stays valid. */
export function applyEdit(scenario: Scenario, edit: ScenarioEdit): Scenario {
  const { at, other, factor } = edit;
  const links = [...scenario.links];
  const nodes = [...scenario.nodes];
  const demands = [...scenario.demands];
  const corridors = [...(scenario.corridors ?? [])];
  const positive = Math.max(factor, 0.25);
  const setLink = (change: (l: ScenarioLink) => ScenarioLink): void => {
    const i = pick(links, at);
    links[i] = change(links[i]!);
  };
  const setDemand = (change: (d: Demand) => Demand): void => {
    const i = pick(demands, at);
    demands[i] = change(demands[i]!);
  };
  const setNode = (change: (n: ScenarioNode) => ScenarioNode): void => {
    const i = pick(nodes, at);
    nodes[i] = change(nodes[i]!);
  };
  const setCorridor = (change: (c: Corridor) => Corridor): void => {
    if (corridors.length === 0) return;
    const i = pick(corridors, at);
    corridors[i] = change(corridors[i]!);
  };
  const gates = new Set(corridors.flatMap((c) => c.gates));
  switch (edit.kind) {
    case 'capacity':
      setLink((l) => (l.capacity === undefined ? l : { ...l, capacity: l.capacity * factor }));
      break;
    case 'cost':
      setLink((l) => ({ ...l, cost: l.cost * positive }));
      break;
    case 'volume':
      setDemand((d) => ({ ...d, volume: d.volume * positive }));
      break;
    case 'nodeCapacity':
      setNode((n) => (n.capacity === undefined ? n : { ...n, capacity: n.capacity * factor }));
      break;
    case 'maxFlow':
      setCorridor((c) => (c.maxFlow === undefined ? c : { ...c, maxFlow: c.maxFlow * positive }));
      break;
    case 'share':
      // Within (0, 1) where already there: the rows stay, their coefficients and right-hand sides move.
      setCorridor((c) => {
        const maxShare = c.maxShare !== undefined && c.maxShare > 0 && c.maxShare < 1 ? 0.5 + 0.4 * (factor / 2) : c.maxShare;
        const minShare = c.minShare !== undefined && c.minShare > 0 ? Math.min(0.4, 0.05 + 0.1 * factor) : c.minShare;
        return { ...c, ...(maxShare === undefined ? {} : { maxShare }), ...(minShare === undefined ? {} : { minShare }) };
      });
      break;
    case 'penalty':
      setDemand((d) => (d.unmetPenalty === undefined ? d : { ...d, unmetPenalty: d.unmetPenalty * positive }));
      break;
    case 'unlimited':
      setLink(({ capacity: _, ...l }) => l);
      break;
    case 'limited':
      setLink((l) => ({ ...l, capacity: Math.round(100 * factor) }));
      break;
    case 'addLink': {
      const from = nodes[pick(nodes, at)]!.id;
      const to = nodes[pick(nodes, other)]!.id;
      if (from !== to) links.push({ id: `added${links.length}-${from}-${to}`, from, to, cost: Math.round(10 * positive), ...(factor > 1 ? { capacity: 50 } : {}) });
      break;
    }
    case 'removeLink': {
      const i = pick(links, at);
      if (links.length > 1 && !gates.has(links[i]!.id)) links.splice(i, 1);
      break;
    }
    case 'addDemand': {
      const from = nodes[pick(nodes, at)]!.id;
      const to = nodes[pick(nodes, other)]!.id;
      if (from !== to) demands.push({ id: `added${demands.length}-${from}-${to}`, from, to, volume: Math.round(40 * positive), ...(factor > 0.5 ? { unmetPenalty: 500 } : {}) });
      break;
    }
    case 'removeDemand':
      if (demands.length > 1) demands.splice(pick(demands, at), 1);
      break;
    case 'toggleLink':
      setLink((l) => ({ ...l, enabled: l.enabled === false }));
      break;
    case 'toggleNode':
      setNode((n) => ({ ...n, enabled: n.enabled === false }));
      break;
    case 'toggleCorridor':
      setCorridor((c) => ({ ...c, enabled: c.enabled === false }));
      break;
    case 'togglePenalty':
      setDemand(({ unmetPenalty, ...d }) => (unmetPenalty === undefined ? { ...d, unmetPenalty: Math.round(300 * positive) } : d));
      break;
    case 'days':
      setLink((l) => ({ ...l, days: factor < 1 ? 0 : Math.round(3 * factor) }));
      break;
    case 'valueOfTime':
      setDemand((d) => ({ ...d, valueOfTime: Math.round(4 * factor) }));
      break;
    case 'shareEdge':
      // Shares at their edges add or drop rows (maxShare 1, minShare 0) or entries (maxShare 0).
      setCorridor((c) => ({ ...c, maxShare: factor < 0.5 ? 0 : factor < 1.5 ? 1 : 0.8, minShare: factor < 1 ? 0 : 0.1 }));
      break;
  }
  return { ...scenario, nodes, links, corridors, demands };
}
