import { quote } from './describe-value';
import type { LocatedProblem } from './located-problem';
import type { Scenario } from './types';

/**
 * Upper bound on the reachability table (components × 32-bit words of
 * targets) before the route checks give up with a warning: 16M words is
 * 64 MB. Real scenarios need a few words: two-way networks are mostly one
 * strongly connected component.
 */
const TABLE_BUDGET = 16 * 1024 * 1024;

/** The network the optimisation sees: enabled nodes, and enabled links between them whose corridor is open. */
interface Network {
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly outStart: Int32Array;
  readonly outTo: Int32Array;
}

interface Gate {
  readonly link: string;
  readonly corridor: string;
  readonly tail: number;
  readonly head: number;
}

/**
 * Warnings about routes in a valid scenario:
 * - a demand whose origin cannot reach its destination over enabled items;
 * - two gate links g1, g2 that one route can cross in turn (the demand's
 *   origin reaches g1's tail, g1's head reaches g2's tail, g2's head reaches
 *   the destination), so those tonnes would count for two corridors (or
 *   twice for one).
 *
 * Reachability ignores whether the route repeats a node (deciding that
 * exactly is NP-hard), so it can warn about a route that only exists with a
 * loop; the obvious loops are left out: a gate crossed twice, and a gate
 * straight back into the first gate's tail (the return direction of a
 * two-way gate).
 *
 * Cost: linear in the network times the number of 32-bit words needed for
 * the targets (destinations and gate tails, counted once per strongly
 * connected component), plus origin–destination pairs × gates².
 */
export function checkRoutes(scenario: Scenario): LocatedProblem[] {
  const network = buildNetwork(scenario);
  const gates = openGates(scenario, network);
  const ends = scenario.demands.map((demand) => ({
    origin: network.nodeIndex.get(demand.from),
    destination: network.nodeIndex.get(demand.to),
  }));
  const targets = gates.map((gate) => gate.tail);
  for (const { destination } of ends) if (destination !== undefined) targets.push(destination);
  const reach = reachability(network, targets);
  if (reach === undefined) {
    return [
      {
        keys: [],
        message:
          `route checks skipped: the network (${network.nodeIndex.size} nodes, ${network.outTo.length} links) ` +
          `and ${targets.length} destinations and gates are too large to check quickly ` +
          '(unreachable demands and gates that count twice are not reported)',
      },
    ];
  }

  const warnings: LocatedProblem[] = [];
  // One representative demand per pair of strongly connected components: they have the same routes.
  const pairs = new Map<string, { from: string; to: string; origin: number; destination: number }>();
  scenario.demands.forEach((demand, index) => {
    const { origin, destination } = ends[index]!;
    const reason =
      origin === undefined
        ? `its origin node ${quote(demand.from)} is disabled`
        : destination === undefined
          ? `its destination node ${quote(demand.to)} is disabled`
          : reach.reaches(origin, destination)
            ? undefined
            : `no route from ${quote(demand.from)} to ${quote(demand.to)} over enabled nodes and links`;
    if (reason !== undefined) {
      const consequence =
        demand.unmetPenalty === undefined
          ? 'it cannot be served, and without an unmetPenalty the scenario is infeasible'
          : 'it cannot be served';
      warnings.push({ keys: ['demands', index], message: `${reason}: ${consequence}` });
    } else if (origin !== undefined && destination !== undefined) {
      const key = `${reach.component(origin)} ${reach.component(destination)}`;
      if (!pairs.has(key)) pairs.set(key, { from: demand.from, to: demand.to, origin, destination });
    }
  });

  const reported = new Set<string>();
  for (const pair of pairs.values()) {
    const firsts = gatesWhere(gates, (gate) => reach.reaches(pair.origin, gate.tail));
    const seconds = gatesWhere(gates, (gate) => reach.reaches(gate.head, pair.destination));
    for (const g1 of firsts) {
      const first = gates[g1]!;
      for (const g2 of seconds) {
        const second = gates[g2]!;
        if (g2 === g1 || second.head === first.tail || !reach.reaches(first.head, second.tail)) continue;
        const key = `${g1} ${g2}`;
        if (reported.has(key)) continue;
        reported.add(key);
        warnings.push({
          keys: ['corridors'],
          message:
            `a route from ${quote(pair.from)} to ${quote(pair.to)} can cross gate ${quote(first.link)} (${first.corridor}) ` +
            `and gate ${quote(second.link)} (${second.corridor}): its tonnes would count twice`,
        });
      }
    }
  }
  return warnings;
}

function gatesWhere(gates: readonly Gate[], test: (gate: Gate) => boolean): number[] {
  const found: number[] = [];
  gates.forEach((gate, index) => {
    if (test(gate)) found.push(index);
  });
  return found;
}

function closedGates(scenario: Scenario): Set<string> {
  const closed = new Set<string>();
  for (const corridor of scenario.corridors ?? []) {
    if (corridor.enabled === false) for (const gate of corridor.gates) closed.add(gate);
  }
  return closed;
}

function buildNetwork(scenario: Scenario): Network {
  const nodeIndex = new Map<string, number>();
  for (const node of scenario.nodes) {
    if (node.enabled !== false && !nodeIndex.has(node.id)) nodeIndex.set(node.id, nodeIndex.size);
  }
  const closed = closedGates(scenario);
  const tails: number[] = [];
  const heads: number[] = [];
  for (const link of scenario.links) {
    if (link.enabled === false || closed.has(link.id)) continue;
    const tail = nodeIndex.get(link.from);
    const head = nodeIndex.get(link.to);
    if (tail === undefined || head === undefined) continue;
    tails.push(tail);
    heads.push(head);
  }
  const [outStart, outTo] = adjacency(nodeIndex.size, tails, heads);
  return { nodeIndex, outStart, outTo };
}

/** Compressed adjacency: the neighbours of node n are `to[start[n] .. start[n + 1])`. */
function adjacency(nodeCount: number, from: readonly number[], to: readonly number[]): [Int32Array, Int32Array] {
  const start = new Int32Array(nodeCount + 1);
  for (const tail of from) start[tail + 1]! += 1;
  for (let n = 0; n < nodeCount; n += 1) start[n + 1]! += start[n]!;
  const next = start.slice(0, nodeCount);
  const neighbours = new Int32Array(from.length);
  from.forEach((tail, arc) => {
    neighbours[next[tail]!++] = to[arc]!;
  });
  return [start, neighbours];
}

function openGates(scenario: Scenario, network: Network): Gate[] {
  const links = new Map(scenario.links.map((link) => [link.id, link]));
  const gates: Gate[] = [];
  const seen = new Set<string>();
  for (const corridor of scenario.corridors ?? []) {
    if (corridor.enabled === false) continue;
    for (const id of corridor.gates) {
      const link = links.get(id);
      if (link === undefined || link.enabled === false || seen.has(id)) continue;
      const tail = network.nodeIndex.get(link.from);
      const head = network.nodeIndex.get(link.to);
      if (tail === undefined || head === undefined) continue;
      seen.add(id);
      gates.push({ link: id, corridor: corridor.id, tail, head });
    }
  }
  return gates;
}

interface Reachability {
  /** Whether `from` reaches `to` (a node reaches itself); `to` must be one of the targets. */
  reaches(from: number, to: number): boolean;
  /** The strongly connected component of a node: nodes in one reach each other. */
  component(node: number): number;
}

/**
 * Reachability from every node to a set of target nodes: the strongly
 * connected components (Tarjan, iterative), then one bitset of reachable
 * target components per component, filled in reverse topological order.
 * `undefined` when the table would exceed `TABLE_BUDGET`.
 */
function reachability(network: Network, targetNodes: readonly number[]): Reachability | undefined {
  const { component, count } = components(network);
  const targetOf = new Int32Array(count).fill(-1);
  let targets = 0;
  for (const node of targetNodes) {
    const c = component[node]!;
    if (targetOf[c] === -1) targetOf[c] = targets++;
  }
  const words = Math.max(1, Math.ceil(targets / 32));
  if (count * words > TABLE_BUDGET) return undefined;

  // Nodes grouped by component, so components can be visited in order.
  const start = new Int32Array(count + 1);
  for (const c of component) start[c + 1]! += 1;
  for (let c = 0; c < count; c += 1) start[c + 1]! += start[c]!;
  const members = new Int32Array(component.length);
  const next = start.slice(0, count);
  component.forEach((c, node) => {
    members[next[c]!++] = node;
  });

  // Tarjan numbers a component after every component it reaches, so all
  // successors of component c are final when c is filled.
  const bits = new Uint32Array(count * words);
  for (let c = 0; c < count; c += 1) {
    const row = c * words;
    const own = targetOf[c]!;
    if (own !== -1) bits[row + (own >>> 5)]! |= 1 << (own & 31);
    for (let m = start[c]!; m < start[c + 1]!; m += 1) {
      const node = members[m]!;
      for (let arc = network.outStart[node]!; arc < network.outStart[node + 1]!; arc += 1) {
        const successor = component[network.outTo[arc]!]!;
        if (successor === c) continue;
        const from = successor * words;
        for (let w = 0; w < words; w += 1) bits[row + w]! |= bits[from + w]!;
      }
    }
  }
  return {
    reaches(from, to) {
      const target = targetOf[component[to]!]!;
      if (target === -1) throw new Error(`checkRoutes: node ${to} is not a reachability target`);
      return (bits[component[from]! * words + (target >>> 5)]! & (1 << (target & 31))) !== 0;
    },
    component: (node) => component[node]!,
  };
}

/** Strongly connected components, numbered in reverse topological order (Tarjan, without recursion). */
function components(network: Network): { component: Int32Array; count: number } {
  const n = network.nodeIndex.size;
  const { outStart, outTo } = network;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const open = new Int32Array(n);
  let openSize = 0;
  const callNode = new Int32Array(n);
  const callArc = new Int32Array(n);
  let depth = 0;
  let counter = 0;
  let count = 0;
  const enter = (node: number): void => {
    order[node] = low[node] = counter++;
    open[openSize++] = node;
    callNode[depth] = node;
    callArc[depth] = outStart[node]!;
    depth += 1;
  };
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    enter(root);
    while (depth > 0) {
      const node = callNode[depth - 1]!;
      const arc = callArc[depth - 1]!;
      if (arc < outStart[node + 1]!) {
        callArc[depth - 1] = arc + 1;
        const next = outTo[arc]!;
        if (order[next] === -1) enter(next);
        else if (component[next] === -1) low[node] = Math.min(low[node]!, order[next]!);
        continue;
      }
      depth -= 1;
      if (low[node] === order[node]) {
        let member: number;
        do {
          member = open[--openSize]!;
          component[member] = count;
        } while (member !== node);
        count += 1;
      }
      if (depth > 0) {
        const parent = callNode[depth - 1]!;
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
    }
  }
  return { component, count };
}
