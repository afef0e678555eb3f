import { describe, expect, it } from 'vitest';
import { differenceMeaning } from '../../../src/components/corridor-compare/difference-meaning';

describe('differenceMeaning', () => {
  it('should call costs and unmet demand up worse, served up better, and a corridor\'s share or flow neither', () => {
    expect(differenceMeaning('objective', 1)).toBe('worse');
    expect(differenceMeaning('objective', -1)).toBe('better');
    expect(differenceMeaning('unitCost', 2)).toBe('worse');
    expect(differenceMeaning('unitCost:grain', -2)).toBe('better');
    expect(differenceMeaning('unmet', 5)).toBe('worse');
    expect(differenceMeaning('served', 5)).toBe('better');
    expect(differenceMeaning('served', -5)).toBe('worse');
    expect(differenceMeaning('share:titr', 0.2)).toBe('neutral');
    expect(differenceMeaning('share:iran', -0.2)).toBe('neutral');
    expect(differenceMeaning('flow:other', 1e6)).toBe('neutral');
    expect(differenceMeaning('objective', 0)).toBe('neutral');
    expect(differenceMeaning('something-new', 1)).toBe('neutral');
  });
});
