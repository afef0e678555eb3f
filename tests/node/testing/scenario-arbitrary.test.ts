import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../../src/model/index';
import { scenarioArbitrary, scenarioWithBoundArbitrary } from '../../../src/testing/index';
import { propertySettings } from '../../support/property-settings';

describe('scenarioArbitrary', () => {
  it('should generate scenarios the parser accepts, with every constraint switched on', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ feasibleByConstruction: false, backwardLinks: true }), (scenario) => {
        const parsed = parseScenario(scenario);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      propertySettings(200),
    );
  });

  it('should respect the counts it is given', () => {
    const constraints = { nodes: { min: 3, max: 4 }, demands: { min: 2, max: 2 }, corridors: { min: 1, max: 1 }, extraLinks: { min: 0, max: 0 } };
    fc.assert(
      fc.property(scenarioArbitrary(constraints), (scenario) => {
        expect(scenario.nodes.length).toBeGreaterThanOrEqual(3);
        expect(scenario.nodes.length).toBeLessThanOrEqual(4);
        expect(scenario.demands).toHaveLength(2);
        expect(scenario.corridors).toHaveLength(1);
        // Backbone plus the corridor's gates, nothing else.
        const gates = scenario.corridors?.[0]?.gates.length ?? 0;
        expect(scenario.links).toHaveLength(scenario.nodes.length - 1 + gates);
      }),
      propertySettings(100),
    );
  });

  it('should leave out what is switched off', () => {
    const plain = scenarioArbitrary({ shareBounds: false, flowBounds: false, penalties: false, nodeAttributes: false, disabledItems: false });
    fc.assert(
      fc.property(plain, (scenario) => {
        for (const c of scenario.corridors ?? []) expect(Object.keys(c).sort()).toEqual(['gates', 'id']);
        for (const d of scenario.demands) expect(d.unmetPenalty).toBeUndefined();
        for (const n of scenario.nodes) expect(Object.keys(n)).toEqual(['id']);
        for (const l of scenario.links) expect(l.enabled).toBeUndefined();
      }),
      propertySettings(100),
    );
  });

  it('should put no lower corridor bound and no capacity on the backbone when feasible by construction', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        for (const c of scenario.corridors ?? []) {
          expect(c.minShare).toBeUndefined();
          expect(c.minFlow).toBeUndefined();
        }
        scenario.links.slice(0, scenario.nodes.length - 1).forEach((link, i) => {
          expect(link).toMatchObject({ id: `l${i}`, from: `n${i}`, to: `n${i + 1}` });
          expect(link.capacity).toBeUndefined();
          expect(link.enabled).toBeUndefined();
        });
      }),
      propertySettings(100),
    );
  });

  it('should shrink a failure to a small scenario with readable ids', () => {
    // A property that fails as soon as a scenario has a soft demand: the
    // shrunk counter-example should be the smallest such scenario.
    const details = fc.check(
      fc.property(scenarioArbitrary(), (scenario) => scenario.demands.every((d) => d.unmetPenalty === undefined)),
      { numRuns: 200, seed: 42 },
    );
    expect(details.failed).toBe(true);
    const [shrunk] = details.counterexample ?? [];
    expect(shrunk).toMatchObject({
      nodes: [{ id: 'n0' }, { id: 'n1' }],
      links: [{ id: 'l0', from: 'n0', to: 'n1', cost: 0 }],
      corridors: [],
    });
    // fast-check's shrinking is greedy, so a hard demand may remain beside
    // the soft one; every number is at the bottom of its range.
    expect(shrunk?.demands.length).toBeLessThanOrEqual(2);
    expect(shrunk?.demands).toContainEqual({ id: 'd0', from: 'n0', to: 'n1', volume: 1, unmetPenalty: 0 });
    for (const demand of shrunk?.demands ?? []) expect(demand).toMatchObject({ from: 'n0', to: 'n1', volume: 1 });
  });

  it('should refuse a range it cannot honour, naming it', () => {
    expect(() => scenarioArbitrary({ nodes: { min: 1, max: 3 } })).toThrow(/constraints\.nodes/);
    expect(() => scenarioArbitrary({ volume: { min: 5, max: 2 } })).toThrow(/constraints\.volume/);
  });
});

describe('scenarioWithBoundArbitrary', () => {
  it('should give the cost of hard demands on their backbone plus soft demands unmet', () => {
    const [generated] = fc.sample(
      scenarioWithBoundArbitrary({ nodes: { min: 3, max: 3 }, demands: { min: 1, max: 1 }, corridors: { min: 0, max: 0 }, penalties: false }),
      { numRuns: 1, seed: 7 },
    );
    const { scenario, costUpperBound } = generated!;
    const demand = scenario.demands[0]!;
    const from = Number(demand.from.slice(1));
    const to = Number(demand.to.slice(1));
    const vot = demand.valueOfTime ?? 0;
    let perTonne = 0;
    for (let i = from; i <= to; i++) {
      const node = scenario.nodes[i]!;
      perTonne += (node.cost ?? 0) + vot * (node.days ?? 0);
      if (i < to) perTonne += scenario.links[i]!.cost + vot * (scenario.links[i]!.days ?? 0);
    }
    expect(costUpperBound).toBe(perTonne * demand.volume);
  });

  it('should give no bound when the scenario is not feasible by construction', () => {
    const [generated] = fc.sample(scenarioWithBoundArbitrary({ feasibleByConstruction: false }), { numRuns: 1, seed: 1 });
    expect(generated?.costUpperBound).toBeNull();
  });
});
