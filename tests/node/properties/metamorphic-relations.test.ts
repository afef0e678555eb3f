/**
 * Issue 2: how results of related scenarios must relate, with the relations
 * users get from `corridor-flow/testing`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result, Scenario } from '../../../src/model/types';
import { createTestSolver, metamorphic, scenarioArbitrary } from '../../../src/testing/index';
import type { MetamorphicRelation, ScenarioConstraints } from '../../../src/testing/index';
import { propertySettings } from '../../support/property-settings';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  solve = await createTestSolver();
});

const RUNS = 60;

/** A scenario with parameters for the relation drawn for that scenario. */
const withParams = <P>(relation: MetamorphicRelation<P>, constraints?: ScenarioConstraints) =>
  scenarioArbitrary(constraints).chain((scenario) => fc.tuple(fc.constant(scenario), relation.params(scenario)));

async function holds<P>(relation: MetamorphicRelation<P>, constraints?: ScenarioConstraints): Promise<void> {
  await fc.assert(
    fc.asyncProperty(withParams(relation, constraints), async ([scenario, params]) => {
      expect(relation.applies(scenario)).toBe(true);
      const found = (await relation(solve, scenario, params)).map((v) => v.message);
      expect(found, found.join('\n')).toEqual([]);
    }),
    propertySettings(RUNS),
  );
}

describe('the model under metamorphic relations', () => {
  it('should never cost more with more capacity', async () => {
    await holds(metamorphic.moreCapacity, { feasibleByConstruction: false });
  });

  it('should never cost less with more demand (where no share or lower bound makes that false)', async () => {
    await holds(metamorphic.moreDemand, { shareBounds: false });
  });

  it('should scale the objective by k when every cost and penalty is scaled by k', async () => {
    await holds(metamorphic.scaleCosts, { feasibleByConstruction: false });
  });

  it('should leave the objective unchanged when ids are renamed and every array shuffled', async () => {
    await holds(metamorphic.renameAndReorder, { feasibleByConstruction: false });
  });

  it('should leave the objective unchanged when a link the optimum does not use is removed', async () => {
    await holds(metamorphic.removeUnusedLink);
  });

  it('should leave the objective unchanged when a link is split into two parallel copies sharing its capacity', async () => {
    await holds(metamorphic.duplicateLink);
  });
});
