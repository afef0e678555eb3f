/**
 * Metamorphic relation: a link the optimum does not use can go.
 */
import fc from 'fast-check';
import type { Scenario } from '../model/types';
import { defineRelation, describeOutcome, objectivesAgree } from './define-relation';

/** Which unused link to remove: `pick` modulo the number of candidates. */
export interface RemoveUnusedLinkParams {
  readonly pick: number;
}

function without(scenario: Scenario, linkId: string): Scenario {
  const path = `links.${linkId}.`;
  return {
    ...scenario,
    links: scenario.links.filter((l) => l.id !== linkId),
    ...(scenario.corridors !== undefined
      ? { corridors: scenario.corridors.map((c) => (c.gates.includes(linkId) ? { ...c, gates: c.gates.filter((g) => g !== linkId) } : c)) }
      : {}),
    ...(scenario.uncertainty !== undefined ? { uncertainty: scenario.uncertainty.filter((u) => !u.set.startsWith(path)) } : {}),
  };
}

/**
 * Removing a link that carries no flow in the optimum changes nothing: the
 * old optimum is still feasible and nothing new is, so status and objective
 * stay. Candidates are the links with zero flow in the base result (a link
 * that is the only gate of its corridor is kept: a corridor needs a gate).
 * Keeps one link at least (a scenario needs one).
 */
export const removeUnusedLink = defineRelation<RemoveUnusedLinkParams>({
  relation: 'remove-unused-link',
  params: () => fc.record({ pick: fc.nat({ max: 1000 }) }),
  transform: (scenario, params, base) => {
    if (scenario.links.length < 2) return undefined;
    const flow = new Map(base.links.map((l) => [l.id, l.flow]));
    const soleGates = new Set((scenario.corridors ?? []).filter((c) => c.gates.length === 1).flatMap((c) => c.gates));
    const candidates = scenario.links.filter((l) => (flow.get(l.id) ?? 0) === 0 && !soleGates.has(l.id));
    const chosen = candidates[params.pick % Math.max(candidates.length, 1)];
    if (chosen === undefined) return undefined;
    return { scenario: without(scenario, chosen.id), change: `removing link ${chosen.id}, which carries no flow` };
  },
  expect: (base, variant) => {
    if (base.status !== variant.status) return `the status changed from ${base.status} to ${variant.status}`;
    if (base.status !== 'optimal' || objectivesAgree(base.objective, variant.objective)) return undefined;
    return `the objective changed from ${describeOutcome(base)} to ${describeOutcome(variant)}`;
  },
});
