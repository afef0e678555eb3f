import { describe, expect, it } from 'vitest';
import { bindingSet, regimeChanges } from '../../../src/analysis/binding-set';
import type { Result } from '../../../src/model/types';

/** A hand-made result: only status and the marginal values matter to the binding set. */
function result(status: Result['status'], binding: { links?: string[]; nodes?: string[]; corridors?: string[] }): Result {
  const ids = { links: ['a', 'b'], nodes: ['n'], corridors: ['c'] };
  return {
    status,
    objective: 0,
    served: 0,
    unmet: 0,
    corridors: ids.corridors.map((id) => ({ id, flow: 0, share: 0, marginalValue: binding.corridors?.includes(id) ? 2 : 0 })),
    other: { flow: 0, share: 0 },
    links: ids.links.map((id) => ({ id, flow: 0, utilisation: null, marginalValue: binding.links?.includes(id) ? 1 : 0, reducedCost: 0 })),
    nodes: ids.nodes.map((id) => ({ id, throughput: 0, utilisation: null, marginalValue: binding.nodes?.includes(id) ? 3 : 0 })),
    demands: [],
    solver: { name: 'hand', version: '0', ms: 0 },
  };
}

describe('bindingSet', () => {
  it('should list the binding links, nodes and corridors as sorted labels', () => {
    expect(bindingSet(result('optimal', { links: ['b', 'a'], nodes: ['n'], corridors: ['c'] }))).toEqual([
      'corridor:c',
      'link:a',
      'link:b',
      'node:n',
    ]);
  });

  it('should ignore marginal values at solver noise level', () => {
    const noisy = result('optimal', {});
    const withNoise: Result = { ...noisy, links: noisy.links.map((l) => ({ ...l, marginalValue: 1e-9 })) };
    expect(bindingSet(withNoise)).toEqual([]);
  });
});

describe('regimeChanges', () => {
  it('should mark each index whose binding set or status differs from the one before', () => {
    const sequence = [
      result('optimal', { links: ['a'] }), // 0
      result('optimal', { links: ['a'] }), // 1: same
      result('optimal', { links: ['a', 'b'] }), // 2: b starts binding
      result('optimal', { links: ['a', 'b'] }), // 3: same
      result('optimal', { nodes: ['n'] }), // 4: both links free, the node binds
      result('infeasible', { nodes: ['n'] }), // 5: same binding set, other status
      result('optimal', { nodes: ['n'] }), // 6: back to optimal
      result('optimal', { nodes: ['n'] }), // 7: same
    ];
    expect(regimeChanges(sequence)).toEqual([2, 4, 5, 6]);
  });

  it('should find no change in an empty or one-point sequence', () => {
    expect(regimeChanges([])).toEqual([]);
    expect(regimeChanges([result('optimal', { links: ['a'] })])).toEqual([]);
  });
});
