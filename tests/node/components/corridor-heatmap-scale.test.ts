import { describe, expect, it } from 'vitest';
import { shareScale } from '../../../src/components/corridor-heatmap/corridor-heatmap-scale';

describe('shareScale', () => {
  it('should stretch the colour scale over the shares drawn, so 2 % and 4 % differ as much as 0 % and 100 % would', () => {
    const scale = shareScale([0.02, 0.03, 0.04]);
    expect([scale.lo, scale.hi]).toEqual([0.02, 0.04]);
    expect([0.02, 0.03, 0.04].map(scale.strength)).toEqual([0, expect.closeTo(0.5, 12), 1]);
    expect(shareScale([0.3, 0.3]).strength(0.3)).toBe(0.5);
    expect(shareScale([]).strength(0.7)).toBe(0.7);
  });
});
