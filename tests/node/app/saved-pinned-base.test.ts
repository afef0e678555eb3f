import { describe, expect, it } from 'vitest';
import { pinnedKey, readSavedPinned, writeSavedPinned } from '../../../src/app/saved-pinned-base';
import type { Result } from '../../../src/model/types';
import { loadModel } from '../analysis/analysis-support';
import { memoryStorage } from '../../support/memory-storage';

const scenario = loadModel('teaching-two-routes');
/** Shaped like an optimal answer; its numbers are made up (only kept and given back here). */
const result = {
  status: 'optimal',
  objective: 1700,
  served: 100,
  unmet: 0,
  corridors: [{ id: 'titr', flow: 60, share: 0.6, marginalValue: 0 }],
  other: { flow: 0, share: 0 },
  links: [],
  nodes: [],
  demands: [],
  solver: { name: 'glpk', timeMs: 1 },
} as unknown as Result;

describe('the pinned base kept in sessionStorage', () => {
  it('should give back the scenario, the name and the very answer it kept', () => {
    const storage = memoryStorage();
    expect(writeSavedPinned(() => storage, 'k', { scenario, name: 'Before', result })).toBe(true);
    expect(readSavedPinned(() => storage, 'k')).toEqual({ scenario, name: 'Before', result });
  });

  it('should keep the scenario alone when its answer does not fit, and forget it when unpinned', () => {
    const alone = JSON.stringify({ scenario, name: 'Before', result: null }).length;
    const storage = memoryStorage(alone);
    writeSavedPinned(() => storage, 'k', { scenario, name: 'Before', result });
    expect(readSavedPinned(() => storage, 'k')).toEqual({ scenario, name: 'Before', result: null });
    writeSavedPinned(() => storage, 'k', null);
    expect(storage.getItem(pinnedKey('k'))).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['an invalid scenario', JSON.stringify({ scenario: { name: 'x' }, name: 'x', result })],
    ['no name', JSON.stringify({ scenario, result })],
  ])('should read %s as no pinned base', (_, text) => {
    const storage = memoryStorage();
    storage.setItem(pinnedKey('k'), text);
    expect(readSavedPinned(() => storage, 'k')).toBeNull();
  });

  it('should keep the scenario but not trust an answer that is not an optimal one', () => {
    const storage = memoryStorage();
    storage.setItem(pinnedKey('k'), JSON.stringify({ scenario, name: 'B', result: { ...result, status: 'infeasible' } }));
    expect(readSavedPinned(() => storage, 'k')).toEqual({ scenario, name: 'B', result: null });
  });
});
