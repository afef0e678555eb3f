/**
 * Metamorphic relation: a link split into two parallel copies is the same link.
 */
import fc from 'fast-check';
import type { Scenario, ScenarioLink } from '../model/types';
import { defineRelation, describeOutcome, objectivesAgree } from './define-relation';

/** Which link (`pick` modulo the number of links) and the copy's part of its capacity, 0 < share < 1. */
export interface DuplicateLinkParams {
  readonly pick: number;
  readonly share: number;
}

function freshId(scenario: Scenario, base: string): string {
  const taken = new Set(scenario.links.map((l) => l.id));
  for (let i = 0; ; i++) {
    const id = `${base.slice(0, 56)}.copy${i === 0 ? '' : i}`;
    if (!taken.has(id)) return id;
  }
}

function duplicate(scenario: Scenario, link: ScenarioLink, share: number): Scenario {
  const copyId = freshId(scenario, link.id);
  const split = (capacity: number | undefined, part: number): { capacity?: number } =>
    capacity === undefined ? {} : { capacity: capacity * part };
  const links = scenario.links.flatMap((l) =>
    l.id === link.id ? [{ ...l, ...split(l.capacity, 1 - share) }, { ...l, id: copyId, ...split(l.capacity, share) }] : [l],
  );
  return {
    ...scenario,
    links,
    ...(scenario.corridors !== undefined
      ? { corridors: scenario.corridors.map((c) => (c.gates.includes(link.id) ? { ...c, gates: [...c.gates, copyId] } : c)) }
      : {}),
  };
}

/**
 * Splitting a link into two parallel copies with the same cost and days,
 * sharing its capacity (the copy takes `share` of it, the original keeps the
 * rest) and gating the same corridor, changes nothing: any flow on the one
 * link splits onto the two and back. Status and objective stay.
 */
export const duplicateLink = defineRelation<DuplicateLinkParams>({
  relation: 'duplicate-link',
  params: () => fc.record({ pick: fc.nat({ max: 1000 }), share: fc.integer({ min: 1, max: 9 }).map((tenths) => tenths / 10) }),
  transform: (scenario, params) => {
    const link = scenario.links[params.pick % scenario.links.length];
    if (link === undefined) return undefined;
    return {
      scenario: duplicate(scenario, link, params.share),
      change: `splitting link ${link.id} into two parallel copies (${params.share * 100}% of its capacity on the copy)`,
    };
  },
  expect: (base, variant) => {
    if (base.status !== variant.status) return `the status changed from ${base.status} to ${variant.status}`;
    if (base.status !== 'optimal' || objectivesAgree(base.objective, variant.objective)) return undefined;
    return `the objective changed from ${describeOutcome(base)} to ${describeOutcome(variant)}`;
  },
});
