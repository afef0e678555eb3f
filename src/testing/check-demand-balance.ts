/** Demands and totals: served + unmet = volume, hard demands served in full, the result's totals their sums. */
import type { Result } from '../model/types';
import { show, type CheckContext } from './check-context';

/** Checks each demand's balance and the totals; returns the tonnes served in all (t/yr), as the demands report them. */
export function checkDemandBalance({ net, entries, rel, flowTol, add }: CheckContext, result: Result): number {
  const { served, unmet } = entries;
  let totalServed = 0;
  let totalUnmet = 0;
  for (const demand of net.demands.values()) {
    const item = `demands.${demand.id}`;
    const s = served(demand.id);
    const u = unmet(demand.id);
    totalServed += s;
    totalUnmet += u;
    // Each demand's figures at its own scale: a 0.5 t demand beside a 1e9 t one is held to 1e-6 of 0.5 t (or 1e-6 t).
    const ownTol = rel * Math.max(1, demand.volume);
    if (s < -ownTol) add('non-negative', item, `demand ${demand.id} has negative served ${show(s)} t/yr`);
    if (u < -ownTol) add('non-negative', item, `demand ${demand.id} has negative unmet ${show(u)} t/yr`);
    if (Math.abs(s + u - demand.volume) > ownTol) {
      add('demand-balance', item, `demand ${demand.id}: served ${show(s)} + unmet ${show(u)} = ${show(s + u)} t/yr, but its volume is ${show(demand.volume)} t/yr`);
    }
    if (u > demand.volume + ownTol) {
      add('demand-balance', item, `demand ${demand.id} has unmet ${show(u)} t/yr, more than its volume of ${show(demand.volume)} t/yr`);
    }
    if (demand.penalty === undefined && u > ownTol) {
      add('demand-balance', item, `demand ${demand.id} has no unmetPenalty, so it must be served in full, but ${show(u)} t/yr are unmet`);
    }
  }
  if (Math.abs(result.served - totalServed) > flowTol) {
    add('totals', undefined, `result.served is ${show(result.served)} t/yr, but the demands' served add up to ${show(totalServed)} t/yr`);
  }
  if (Math.abs(result.unmet - totalUnmet) > flowTol) {
    add('totals', undefined, `result.unmet is ${show(result.unmet)} t/yr, but the demands' unmet add up to ${show(totalUnmet)} t/yr`);
  }
  return totalServed;
}
