/**
 * Perturbations of a scenario someone wrote: the same network with its
 * numbers moved within relative ranges, and optionally some items off.
 */
import fc from 'fast-check';
import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode } from '../model/types';
import type { ScenarioVariantOptions } from './types';

/** Steps a relative range is cut into: factors are 1 + range × step / STEPS. */
const STEPS = 20;

function checkRange(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`scenarioVariantArbitrary: options.${name} should be a relative range ≥ 0 (0.5 = ±50%), got ${String(value)}`);
  }
  return value;
}

/** A factor within ±range, shrinking to 1 (the value unchanged). */
const factor = (range: number): fc.Arbitrary<number> =>
  range === 0 ? fc.constant(1) : fc.integer({ min: -STEPS, max: STEPS }).map((step) => Math.max(0, 1 + (range * step) / STEPS));

/** Scales a value, keeping 6 significant digits so variants stay readable. */
const scaled = (value: number, by: number): number => Number((value * by).toPrecision(6));

/** True about one time in eight; shrinks to false. */
const rarely = (enabled: boolean): fc.Arbitrary<boolean> =>
  enabled ? fc.integer({ min: 0, max: 7 }).map((v) => v === 7) : fc.constant(false);

/**
 * A fast-check arbitrary of variants of `scenario`: every capacity (links,
 * nodes, corridor `maxFlow`), cost (links, nodes, unmet penalties), days
 * (links, nodes) and demand volume that the scenario states is multiplied by
 * a factor within `1 ± options.<kind>` (default ±50%); absent fields stay
 * absent (unlimited stays unlimited). With `switchOff`, a link or corridor is
 * now and then disabled. Ids, structure and every other field are kept, so
 * a variant opens in the app like the original. Shrinks towards the
 * original scenario, one value at a time.
 *
 * Variants may be infeasible (less capacity, more volume); a check that
 * needs feasibility should look at the result's status.
 */
export function scenarioVariantArbitrary(scenario: Scenario, options: ScenarioVariantOptions = {}): fc.Arbitrary<Scenario> {
  const capacity = checkRange('capacity', options.capacity ?? 0.5);
  const cost = checkRange('cost', options.cost ?? 0.5);
  const days = checkRange('days', options.days ?? 0.5);
  const volume = checkRange('volume', options.volume ?? 0.5);
  const switchOff = options.switchOff ?? false;

  const link = (l: ScenarioLink): fc.Arbitrary<ScenarioLink> =>
    fc
      .record({ capacity: factor(capacity), cost: factor(cost), days: factor(days), off: rarely(switchOff) })
      .map((f) => ({
        ...l,
        ...(l.capacity !== undefined ? { capacity: scaled(l.capacity, f.capacity) } : {}),
        cost: scaled(l.cost, f.cost),
        ...(l.days !== undefined ? { days: scaled(l.days, f.days) } : {}),
        ...(f.off ? { enabled: false } : {}),
      }));
  const node = (n: ScenarioNode): fc.Arbitrary<ScenarioNode> =>
    fc
      .record({ capacity: factor(capacity), cost: factor(cost), days: factor(days) })
      .map((f) => ({
        ...n,
        ...(n.capacity !== undefined ? { capacity: scaled(n.capacity, f.capacity) } : {}),
        ...(n.cost !== undefined ? { cost: scaled(n.cost, f.cost) } : {}),
        ...(n.days !== undefined ? { days: scaled(n.days, f.days) } : {}),
      }));
  const demand = (d: Demand): fc.Arbitrary<Demand> =>
    fc
      .record({ volume: factor(volume), penalty: factor(cost) })
      .map((f) => ({
        ...d,
        // A volume must stay > 0.
        volume: Math.max(scaled(d.volume, f.volume), scaled(d.volume, 0.01)),
        ...(d.unmetPenalty !== undefined ? { unmetPenalty: scaled(d.unmetPenalty, f.penalty) } : {}),
      }));
  const corridor = (c: Corridor): fc.Arbitrary<Corridor> =>
    fc.record({ maxFlow: factor(capacity), off: rarely(switchOff) }).map((f) => ({
      ...c,
      ...(c.maxFlow !== undefined ? { maxFlow: Math.max(scaled(c.maxFlow, f.maxFlow), c.minFlow ?? 0) } : {}),
      ...(f.off ? { enabled: false } : {}),
    }));

  return fc
    .record({
      nodes: fc.tuple(...scenario.nodes.map(node)),
      links: fc.tuple(...scenario.links.map(link)),
      corridors: fc.tuple(...(scenario.corridors ?? []).map(corridor)),
      demands: fc.tuple(...scenario.demands.map(demand)),
    })
    .map((parts) => ({
      ...scenario,
      nodes: parts.nodes,
      links: parts.links,
      ...(scenario.corridors !== undefined ? { corridors: parts.corridors } : {}),
      demands: parts.demands,
    }));
}
