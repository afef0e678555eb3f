/** Corridors and shares: each corridor's flow is what its gates carry, within its bounds; the shares add up. */
import type { Result } from '../model/types';
import { show, type CheckContext } from './check-context';
import { gateTonnesAreServedOnes } from './gate-routes';

/**
 * Checks the corridors and "other" against the gates' flows and
 * `totalServed` (t/yr); returns what each corridor's open gates carry (t/yr).
 */
export function checkCorridors(ctx: CheckContext, result: Result, totalServed: number): ReadonlyMap<string, number> {
  const { net, entries, rel, flowTol, add } = ctx;
  const { linkFlow, corridorEntry } = entries;
  const gateFlow = new Map<string, number>();
  for (const corridor of net.corridors.values()) {
    let sum = 0;
    for (const gate of corridor.gates) sum += net.links.get(gate)?.open === true ? linkFlow(gate) : 0;
    gateFlow.set(corridor.id, sum);
  }
  let corridorSum = 0;
  for (const corridor of net.corridors.values()) {
    const entry = corridorEntry.get(corridor.id);
    if (entry === undefined) continue;
    const item = `corridors.${corridor.id}`;
    const f = gateFlow.get(corridor.id) ?? 0;
    corridorSum += entry.flow;
    if (entry.marginalValue < 0) {
      add('non-negative', item, `corridor ${corridor.id} has negative marginal value ${show(entry.marginalValue)} USD/t`);
    }
    if (Math.abs(entry.flow - f) > flowTol) {
      add('corridor-flow', item, `corridor ${corridor.id} reports flow ${show(entry.flow)} t/yr, but its gates (${corridor.gates.join(', ')}) carry ${show(f)} t/yr`);
    }
    if (!corridor.enabled && Math.abs(entry.flow) > flowTol) {
      add('corridor-bounds', item, `corridor ${corridor.id} is disabled but carries ${show(entry.flow)} t/yr`);
    }
    // The bounds hold for a disabled corridor too, with its flow at 0 (the
    // spec's rows do not depend on enabled). maxShare = 1 is no bound: where
    // gates are not cuts, tonnes crossing twice may take a corridor past 100%.
    const bounds: [string, number, number][] = [
      ['minShare', corridor.minShare * totalServed, -1],
      ['maxShare', corridor.maxShare < 1 ? corridor.maxShare * totalServed : Infinity, 1],
      ['minFlow', corridor.minFlow, -1],
      ['maxFlow', corridor.maxFlow, 1],
    ];
    for (const [name, bound, sense] of bounds) {
      if (sense * (f - bound) > flowTol) {
        add('corridor-bounds', item, `corridor ${corridor.id}${corridor.enabled ? '' : ' (disabled)'} carries ${show(f)} t/yr, ${sense > 0 ? 'over' : 'under'} its ${name} bound of ${show(bound)} t/yr`);
      }
    }
    const expectedShare = totalServed > 0 ? entry.flow / totalServed : 0;
    if (Math.abs(entry.share - expectedShare) > rel + flowTol / Math.max(totalServed, 1)) {
      add('shares', item, `corridor ${corridor.id} has share ${show(entry.share)}, but flow / served = ${show(expectedShare)}`);
    }
  }
  checkOther(ctx, result, totalServed, corridorSum);
  return gateFlow;
}

/** "other" is what no corridor carries: served − corridor flows where gates are cuts, else within bounds. */
function checkOther({ net, rel, flowTol, add }: CheckContext, result: Result, totalServed: number, corridorSum: number): void {
  if (gateTonnesAreServedOnes(net)) {
    const expectedOther = totalServed - corridorSum;
    if (Math.abs(result.other.flow - expectedOther) > flowTol) {
      add('shares', 'other', `other.flow is ${show(result.other.flow)} t/yr, but served − corridor flows = ${show(expectedOther)} t/yr`);
    }
    if (totalServed > 0) {
      const shareSum = result.corridors.reduce((sum, c) => sum + c.share, 0) + result.other.share;
      if (Math.abs(shareSum - 1) > rel * 10) {
        add('shares', 'other', `corridor shares plus other.share add up to ${show(shareSum)}, not 1`);
      }
      const expectedOtherShare = result.other.flow / totalServed;
      if (Math.abs(result.other.share - expectedOtherShare) > rel + flowTol / totalServed) {
        add('shares', 'other', `other.share is ${show(result.other.share)}, but other.flow / served = ${show(expectedOtherShare)}`);
      }
    } else if (Math.abs(result.other.share) > rel) {
      add('shares', 'other', `nothing is served, so other.share should be 0, not ${show(result.other.share)}`);
    }
  } else if (result.other.flow > totalServed + flowTol || result.other.flow < totalServed - corridorSum - flowTol) {
    // Gate tonnes may count a served tonne twice or freight circling through a gate: they only add to corridor flows.
    add('shares', 'other', `other.flow is ${show(result.other.flow)} t/yr, outside [served − corridor flows, served] = [${show(totalServed - corridorSum)}, ${show(totalServed)}] t/yr`);
  }
}
