/**
 * Issue 12: numbers past the spec's "Limits" are invalid input, reported
 * with their path and the limit, all at once; a volume of 1e307 once gave
 * "optimal, objective 0".
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenario } from '../../../src/model';
import { smallScenario, type Draft } from './small-scenario';

function errorsAfter(edit: (scenario: Draft) => void): string[] {
  const scenario = smallScenario();
  edit(scenario);
  const outcome = parseScenario(JSON.stringify(scenario));
  return outcome.ok ? [] : outcome.errors.map(formatProblem);
}

describe('the limits of the scenario format', () => {
  it('should refuse a volume of 1e307 with its path and the limit', () => {
    expect(errorsAfter((s) => (s.demands[0].volume = 1e307))).toEqual(['demands[0].volume: expected a number ≤ 1e12 (t/yr), got 1e+307']);
  });

  it('should refuse every number past its limit at once, and keep the old message below zero', () => {
    const errors = errorsAfter((s) => {
      s.links[0].capacity = 2e12;
      s.links[1].cost = 1.5e9;
      s.links[2].days = 1e5;
      s.nodes[1].capacity = -5;
      s.nodes[2].cost = 1e10;
      s.demands[0].unmetPenalty = 2e9;
      s.demands[0].valueOfTime = 1e8;
      s.demands[0].growth = -1;
      s.corridors[0].maxFlow = 1e13;
    });
    expect(errors).toEqual([
      'nodes[1].capacity: expected a number ≥ 0, got -5',
      'nodes[2].cost: expected a number ≤ 1e9 (USD/t), got 10000000000',
      'links[0].capacity: expected a number ≤ 1e12 (t/yr), got 2000000000000',
      'links[1].cost: expected a number ≤ 1e9 (USD/t), got 1500000000',
      'links[2].days: expected a number ≤ 1e4 (days), got 100000',
      'corridors[0].maxFlow: expected a number ≤ 1e12 (t/yr), got 10000000000000',
      'demands[0].valueOfTime: expected a number ≤ 1e7 (USD/t/day), got 100000000',
      'demands[0].unmetPenalty: expected a number ≤ 1e9 (USD/t), got 2000000000',
      'demands[0].growth: expected a growth rate per year > -1 (e.g. 0.03 for 3 %), got -1',
    ]);
  });

  it('should accept every number exactly at its limit', () => {
    expect(
      errorsAfter((s) => {
        s.links[0].capacity = 1e12;
        s.links[1].cost = 1e9;
        s.links[2].days = 1e4;
        s.demands[0].volume = 1e12;
        s.demands[0].unmetPenalty = 1e9;
        s.demands[0].valueOfTime = 1e7;
        s.demands[0].growth = 0.03;
      }),
    ).toEqual([]);
  });
});
