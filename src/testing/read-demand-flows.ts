/** The per-demand flows of the result (the `flows` extension), read and checked on their own. */
import type { DemandResult } from '../model/types';
import { show, type Add } from './check-context';
import type { Network } from './resolve-network';

/** Per-demand flows by demand id and link id, or undefined when the extension is absent. */
export function readDemandFlows(
  net: Network,
  demands: readonly DemandResult[],
  demandEntry: ReadonlyMap<string, DemandResult>,
  required: boolean,
  flowTol: number,
  add: Add,
): Map<string, Map<string, number>> | undefined {
  const withFlows = demands.filter((d) => d.flows !== undefined).length;
  if (withFlows === 0) {
    if (required) add('demand-flows', undefined, 'the result has no per-demand flows (demands[i].flows), so conservation per demand cannot be checked');
    return undefined;
  }
  if (withFlows < demands.length) {
    add('demand-flows', undefined, `only ${withFlows} of ${demands.length} demands carry per-demand flows`);
    return undefined;
  }
  const all = new Map<string, Map<string, number>>();
  for (const [id, entry] of demandEntry) {
    const flows = new Map<string, number>();
    for (const { link, flow } of entry.flows ?? []) {
      const item = `demands.${id}`;
      const known = net.links.get(link);
      if (!Number.isFinite(flow)) {
        add('demand-flows', item, `demand ${id} has a non-finite flow ${String(flow)} on link ${link}`);
        continue;
      }
      if (known === undefined) {
        add('demand-flows', item, `demand ${id} has a flow on link ${link}, which the scenario does not have`);
        continue;
      }
      if (flows.has(link)) add('demand-flows', item, `demand ${id} lists link ${link} twice`);
      if (flow < -flowTol) add('non-negative', item, `demand ${id} has negative flow ${show(flow)} t/yr on link ${link}`);
      if (!known.open && Math.abs(flow) > flowTol) {
        add('closed-items', item, `demand ${id} sends ${show(flow)} t/yr on link ${link}, which is closed`);
      }
      flows.set(link, (flows.get(link) ?? 0) + flow);
    }
    all.set(id, flows);
  }
  return all;
}
