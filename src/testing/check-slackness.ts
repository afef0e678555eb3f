/** Complementary slackness: a positive marginal value only where a capacity or bound is exactly used. */
import { show, type CheckContext } from './check-context';

/** Checks links' and nodes' marginal values above `valueTol` (USD/t) against their capacities. */
export function checkSlackness({ net, entries, flowTol, add }: CheckContext, valueTol: number): void {
  const used = (
    label: string,
    item: string,
    value: number,
    open: { readonly open: boolean; readonly closed: string },
    amount: number | undefined,
    capacity: number,
  ): void => {
    if (value <= valueTol) return;
    if (!open.open) add('complementary-slackness', item, `${label} ${open.closed} but has marginal value ${show(value)} USD/t`);
    else if (capacity === Infinity) add('complementary-slackness', item, `${label} has unlimited capacity but marginal value ${show(value)} USD/t`);
    else if ((amount ?? 0) < capacity - flowTol) {
      add('complementary-slackness', item, `${label} has marginal value ${show(value)} USD/t, but its capacity is not used up (${show(amount)} of ${show(capacity)} t/yr)`);
    }
  };
  for (const link of net.links.values()) {
    const value = entries.linkEntry.get(link.id)?.marginalValue ?? 0;
    used(`link ${link.id}`, `links.${link.id}`, value, { open: link.open, closed: 'is closed' }, entries.linkFlow(link.id), link.capacity);
  }
  for (const node of net.nodes.values()) {
    const entry = entries.nodeEntry.get(node.id);
    used(`node ${node.id}`, `nodes.${node.id}`, entry?.marginalValue ?? 0, { open: node.open, closed: 'is disabled' }, entry?.throughput, node.capacity);
  }
}
