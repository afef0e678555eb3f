/** Links and nodes: signs, closed items, capacities and utilisation. */
import { show, type CheckContext } from './check-context';
import type { Network, NetworkLink } from './resolve-network';

/** A link or a node as these checks see it: what it carries against what it may carry. */
interface CapacityItem {
  /** `link l1`, `node n1`. */
  readonly label: string;
  /** JSON path: `links.l1`, `nodes.n1`. */
  readonly item: string;
  /** What the result says it carries, t/yr: a link's flow, a node's throughput. */
  readonly quantity: 'flow' | 'throughput';
  readonly amount: number;
  readonly marginalValue: number;
  readonly utilisation: number | null;
  readonly open: boolean;
  /** Why it carries nothing when it is not open: "is closed (…)", "is disabled". */
  readonly closed: () => string;
  /** t/yr; Infinity: unlimited. */
  readonly capacity: number;
  readonly capacityInvariant: 'link-capacity' | 'node-capacity';
}

export function checkCapacities({ net, entries, rel, flowTol, add }: CheckContext): void {
  const items: CapacityItem[] = [];
  for (const link of net.links.values()) {
    const entry = entries.linkEntry.get(link.id);
    if (entry === undefined) continue;
    items.push({
      label: `link ${link.id}`,
      item: `links.${link.id}`,
      quantity: 'flow',
      amount: entry.flow,
      marginalValue: entry.marginalValue,
      utilisation: entry.utilisation,
      open: link.open,
      closed: () => `is closed (${closedReason(net, link)})`,
      capacity: link.capacity,
      capacityInvariant: 'link-capacity',
    });
  }
  for (const node of net.nodes.values()) {
    const entry = entries.nodeEntry.get(node.id);
    if (entry === undefined) continue;
    items.push({
      label: `node ${node.id}`,
      item: `nodes.${node.id}`,
      quantity: 'throughput',
      amount: entry.throughput,
      marginalValue: entry.marginalValue,
      utilisation: entry.utilisation,
      open: node.open,
      closed: () => 'is disabled',
      capacity: node.capacity,
      capacityInvariant: 'node-capacity',
    });
  }
  for (const it of items) {
    const { label, item, amount, capacity } = it;
    const carries = it.quantity === 'flow' ? `carries ${show(amount)} t/yr` : `has throughput ${show(amount)} t/yr`;
    if (amount < -flowTol) add('non-negative', item, `${label} has negative ${it.quantity} ${show(amount)} t/yr`);
    if (it.marginalValue < 0) add('non-negative', item, `${label} has negative marginal value ${show(it.marginalValue)} USD/t`);
    if (!it.open) {
      if (Math.abs(amount) > flowTol) add('closed-items', item, `${label} ${it.closed()} but ${carries}`);
      continue;
    }
    if (amount > capacity + flowTol) add(it.capacityInvariant, item, `${label} ${carries}, over its capacity of ${show(capacity)} t/yr`);
    if (capacity === Infinity) {
      if (it.utilisation !== null) add('utilisation', item, `${label} has unlimited capacity, so its utilisation should be null, not ${show(it.utilisation)}`);
    } else if (capacity > 0) {
      const expected = amount / capacity;
      if (it.utilisation === null || Math.abs(it.utilisation - expected) > rel * Math.max(1, expected) + flowTol / capacity) {
        add('utilisation', item, `${label} has utilisation ${show(it.utilisation)}, but ${it.quantity} / capacity = ${show(expected)}`);
      }
    }
  }
}

function closedReason(net: Network, link: NetworkLink): string {
  if (link.corridor !== undefined && net.corridors.get(link.corridor)?.enabled === false) {
    return `a gate of disabled corridor ${link.corridor}`;
  }
  if (net.nodes.get(link.from)?.open !== true) return `node ${link.from} is disabled`;
  if (net.nodes.get(link.to)?.open !== true) return `node ${link.to} is disabled`;
  return 'disabled';
}
