import { describe, expect, it } from 'vitest';
import { historyKey, readSavedHistory, writeSavedHistory } from '../../../src/app/saved-history';
import { recordEdit, startHistory } from '../../../src/app/edit-history';
import type { Scenario } from '../../../src/model/types';
import { loadModel } from '../analysis/analysis-support';
import { memoryStorage } from '../../support/memory-storage';

const scenario = loadModel('teaching-two-routes');
const withName = (name: string): Scenario => ({ ...scenario, name });

describe('writeSavedHistory', () => {
  it('should write nothing for a history without steps, and drop the steps stored before', () => {
    const storage = memoryStorage();
    const edited = recordEdit(startHistory(scenario), withName('edited'), 0);
    expect(writeSavedHistory(() => storage, 'k', edited)).toBe(true);
    expect(storage.getItem(historyKey('k'))).not.toBeNull();

    expect(writeSavedHistory(() => storage, 'k', startHistory(withName('opened')))).toBe(true);

    expect(storage.getItem(historyKey('k'))).toBeNull();
    expect(readSavedHistory(() => storage, 'k', withName('opened'))).toEqual(startHistory(withName('opened')));
  });

  it('should read back the steps of a history that has them', () => {
    const storage = memoryStorage();
    const edited = recordEdit(startHistory(scenario), withName('edited'), 0);
    writeSavedHistory(() => storage, 'k', edited);

    const read = readSavedHistory(() => storage, 'k', withName('edited'));
    expect(read.past).toEqual([scenario]);
    expect(read.future).toEqual([]);
  });
});
