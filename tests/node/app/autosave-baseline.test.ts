import { describe, expect, it } from 'vitest';
import { readAutosave } from '../../../src/app/autosave';
import { writeAutosave } from '../../../src/app/autosave-write';
import type { Scenario } from '../../../src/model/types';
import { loadModel } from '../analysis/analysis-support';
import { memoryStorage } from '../../support/memory-storage';

const scenario = loadModel('teaching-two-routes');
const restored = (storage: Storage) => {
  const read = readAutosave(() => storage, 'k');
  if (read.kind !== 'restored') throw new Error(`expected a restored autosave, got ${read.kind}`);
  return read;
};

describe('writeAutosave with a baseline', () => {
  it('should store a baseline that is the scenario itself once, and read it back as the scenario', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', scenario, new Date(0), scenario);

    expect(storage.getItem('k')!.length).toBeLessThan(1.5 * JSON.stringify(scenario).length);
    const read = restored(storage);
    expect(read.scenario).toEqual(scenario);
    expect(read.baseline).toEqual(scenario);
  });

  it('should store a baseline other than the scenario in full', () => {
    const storage = memoryStorage();
    const edited: Scenario = { ...scenario, name: 'edited' };
    writeAutosave(() => storage, 'k', edited, new Date(0), scenario);

    const read = restored(storage);
    expect(read.scenario).toEqual(edited);
    expect(read.baseline).toEqual(scenario);
  });

  it('should read an entry without a baseline as having none', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', scenario, new Date(0));

    expect(restored(storage).baseline).toBeNull();
  });
});
