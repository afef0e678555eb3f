import { describe, it, expect } from 'vitest';
import { fitStatistics, observationFit } from '../../../src/calibrate';
import type { Result, Scenario } from '../../../src/model/types';
import { zeroResult } from '../../../src/lp/zero-result';

const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'fit',
  nodes: [{ id: 'a' }, { id: 'b' }],
  links: [
    { id: 'ab', from: 'a', to: 'b', cost: 1 },
    { id: 'ab.cal-step', from: 'a', to: 'b', cost: 0.5, capacity: 30, calibrated: { from: null, observations: ['links.ab.flow'], stepOf: 'ab' } },
  ],
  corridors: [{ id: 'c', gates: ['ab', 'ab.cal-step'] }],
  demands: [{ id: 'd', from: 'a', to: 'b', volume: 100 }],
  observed: [
    { of: 'links.ab.flow', value: 80, year: 2024, source: 's' },
    { of: 'corridors.c.flow', value: 125 },
    { of: 'nodes.b.throughput', value: 0 },
  ],
};

function solvedWith(abFlow: number, stepFlow: number): Result {
  const zero = zeroResult(scenario, 'optimal', { name: 'test', version: '', ms: 0 });
  return {
    ...zero,
    corridors: [{ id: 'c', flow: abFlow + stepFlow, share: 1, marginalValue: 0 }],
    links: [
      { ...zero.links[0]!, flow: abFlow },
      { ...zero.links[1]!, flow: stepFlow },
    ],
    nodes: [zero.nodes[0]!, { ...zero.nodes[1]!, throughput: abFlow + stepFlow }],
  };
}

describe('observationFit', () => {
  it("should put each observation beside the model's figure, a link counting its calibration steps", () => {
    const fits = observationFit(scenario, solvedWith(70, 30));

    expect(fits).toEqual([
      { of: 'links.ab.flow', observed: 80, model: 100, difference: 20, percent: 25, year: 2024, source: 's' },
      { of: 'corridors.c.flow', observed: 125, model: 100, difference: -25, percent: -20 },
      { of: 'nodes.b.throughput', observed: 0, model: 100, difference: 100, percent: null },
    ]);
  });

  it('should have no model figure when the result is not optimal', () => {
    const fits = observationFit(scenario, zeroResult(scenario, 'infeasible', { name: 'test', version: '', ms: 0 }));

    expect(fits.map((fit) => [fit.model, fit.difference, fit.percent])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });
});

describe('fitStatistics', () => {
  it('should give the mean absolute % error over figures that have one, and the worst of them', () => {
    const stats = fitStatistics(observationFit(scenario, solvedWith(70, 30)));

    expect(stats).toEqual({ meanAbsolutePercentError: 22.5, worst: { of: 'links.ab.flow', percent: 25 } });
  });

  it('should give nulls with no figure that has a % error', () => {
    expect(fitStatistics([])).toEqual({ meanAbsolutePercentError: null, worst: null });
  });
});
