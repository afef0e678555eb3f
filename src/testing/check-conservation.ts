/** Conservation: of all flows at every node (with its throughput), and of each demand's own flows. */
import { show, type CheckContext } from './check-context';

/** Throughput = inflow + served from the node, and inflow − outflow = served to it − served from it, at every open node. */
export function checkAggregateConservation({ net, entries, flowTol, add }: CheckContext): void {
  const { linkFlow, served, throughput } = entries;
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const link of net.arcs) {
    const flow = linkFlow(link.id);
    inflow.set(link.to, (inflow.get(link.to) ?? 0) + flow);
    outflow.set(link.from, (outflow.get(link.from) ?? 0) + flow);
  }
  const servedFrom = new Map<string, number>();
  const servedTo = new Map<string, number>();
  for (const demand of net.demands.values()) {
    servedFrom.set(demand.from, (servedFrom.get(demand.from) ?? 0) + served(demand.id));
    servedTo.set(demand.to, (servedTo.get(demand.to) ?? 0) + served(demand.id));
  }
  for (const node of net.nodes.values()) {
    if (!node.open) continue;
    const item = `nodes.${node.id}`;
    const into = inflow.get(node.id) ?? 0;
    const out = outflow.get(node.id) ?? 0;
    const origin = servedFrom.get(node.id) ?? 0;
    const destination = servedTo.get(node.id) ?? 0;
    const expected = into + origin;
    if (Math.abs(throughput(node.id) - expected) > flowTol) {
      add('node-throughput', item, `node ${node.id} has throughput ${show(throughput(node.id))} t/yr, but inflow ${show(into)} + served from it ${show(origin)} = ${show(expected)} t/yr`);
    }
    if (Math.abs(into - out - (destination - origin)) > flowTol) {
      add('aggregate-conservation', item, `node ${node.id}: inflow ${show(into)} − outflow ${show(out)} = ${show(into - out)} t/yr, but tonnes served to it − from it = ${show(destination - origin)} t/yr`);
    }
  }
}

/** With per-demand flows: they add up to the links' flows, and each demand's conserve, sending what it serves. */
export function checkDemandConservation(
  { net, entries, rel, flowTol, add }: CheckContext,
  perDemand: ReadonlyMap<string, ReadonlyMap<string, number>>,
): void {
  const { linkFlow, served } = entries;
  for (const link of net.arcs) {
    let sum = 0;
    for (const flows of perDemand.values()) sum += flows.get(link.id) ?? 0;
    if (Math.abs(sum - linkFlow(link.id)) > flowTol) {
      add('demand-flows', `links.${link.id}`, `link ${link.id} carries ${show(linkFlow(link.id))} t/yr, but the demands' own flows on it add up to ${show(sum)} t/yr`);
    }
  }
  for (const demand of net.demands.values()) {
    const flows = perDemand.get(demand.id) ?? new Map<string, number>();
    const net0 = new Map<string, number>();
    for (const [linkId, flow] of flows) {
      const link = net.links.get(linkId);
      if (link === undefined || !link.open) continue;
      net0.set(link.from, (net0.get(link.from) ?? 0) + flow);
      net0.set(link.to, (net0.get(link.to) ?? 0) - flow);
    }
    const s = served(demand.id);
    // A demand's own flows conserve at its own scale (its volume, or what its links carry, whichever is larger).
    let carried = demand.volume;
    for (const flow of flows.values()) carried = Math.max(carried, Math.abs(flow));
    const ownTol = rel * Math.max(1, carried);
    for (const node of net.nodes.values()) {
      const expected = node.id === demand.from ? s : node.id === demand.to ? -s : 0;
      const actual = net0.get(node.id) ?? 0;
      if (Math.abs(actual - expected) > ownTol) {
        add('demand-conservation', `demands.${demand.id}`, `demand ${demand.id} at node ${node.id}: outflow − inflow = ${show(actual)} t/yr, expected ${show(expected)} (${node.id === demand.from ? 'its origin sends what is served' : node.id === demand.to ? 'its destination receives what is served' : 'neither its origin nor its destination'})`);
      }
    }
  }
}
