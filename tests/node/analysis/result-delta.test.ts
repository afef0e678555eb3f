import { describe, it, expect } from 'vitest';
import { largestShareChange, resultDelta } from '../../../src/analysis/result-delta';
import type { Result } from '../../../src/model/types';

/** A result with the given corridor shares of 100 t/yr served, the rest `other`, and one link per corridor carrying its flow. */
function result(shares: Readonly<Record<string, number>>, objective: number, status: Result['status'] = 'optimal'): Result {
  const corridors = Object.entries(shares).map(([id, share]) => ({ id, flow: share * 100, share, marginalValue: 0 }));
  const gated = corridors.reduce((sum, c) => sum + c.share, 0);
  return {
    status,
    objective,
    served: 100,
    unmet: 0,
    corridors,
    other: { flow: (1 - gated) * 100, share: 1 - gated },
    links: corridors.map((c) => ({ id: `gate-${c.id}`, flow: c.flow, utilisation: null, marginalValue: 0, reducedCost: 0 })),
    nodes: [],
    demands: [],
    solver: { name: 'hand', version: '1', ms: 0 },
  };
}

describe('resultDelta', () => {
  it("should give each corridor's and other's change of share and flow, the cost change and each link's flow change", () => {
    const delta = resultDelta(result({ titr: 0.2, iran: 0.5 }, 1000), result({ titr: 0.47, iran: 0.3 }, 890))!;
    expect(delta.corridors.map((c) => [c.id, Number(c.share.toFixed(6)), Number(c.flow.toFixed(6))])).toEqual([
      ['titr', 0.27, 27],
      ['iran', -0.2, -20],
      ['other', -0.07, -7],
    ]);
    expect(delta.objective).toBe(-110);
    expect(delta.links.get('gate-titr')).toBeCloseTo(27, 9);
    expect(largestShareChange(delta)?.id).toBe('titr');
  });

  it('should count a corridor present in one result only as 0 in the other', () => {
    const delta = resultDelta(result({ titr: 0.2 }, 1000), result({ titr: 0.2, tripp: 0.1 }, 990))!;
    expect(delta.corridors.find((c) => c.id === 'tripp')?.share).toBeCloseTo(0.1, 9);
  });

  it('should name no corridor when no share moved, and compare nothing against an answer that is not optimal', () => {
    expect(largestShareChange(resultDelta(result({ titr: 0.2 }, 1000), result({ titr: 0.2 }, 900))!)).toBeNull();
    expect(resultDelta(result({ titr: 0.2 }, 1000, 'infeasible'), result({ titr: 0.2 }, 900))).toBeNull();
  });
});
