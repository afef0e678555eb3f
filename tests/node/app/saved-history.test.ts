import { describe, expect, it } from 'vitest';
import { historyKey, readSavedHistory, writeSavedHistory } from '../../../src/app/saved-history';
import { recordEdit, startHistory } from '../../../src/app/edit-history';
import type { Scenario } from '../../../src/model/types';
import { loadModel } from '../analysis/analysis-support';
import { memoryStorage } from '../../support/memory-storage';
import { readAutosave } from '../../../src/app/autosave';
import { writeAutosave } from '../../../src/app/autosave-write';
import { diffJson } from '../../../src/app/json-diff';

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

    const read = readSavedHistory(() => storage, 'k', edited.present);
    expect(read.past).toEqual([scenario]);
    expect(read.future).toEqual([]);
  });

  it('should store the steps but not the present, which the autosave holds', () => {
    const storage = memoryStorage();
    const big: Scenario = { ...scenario, name: 'x'.repeat(50_000) };
    const edited = recordEdit(startHistory(big), { ...big, description: 'edited' }, 0);
    writeSavedHistory(() => storage, 'k', edited);

    expect(storage.getItem(historyKey('k'))!.length).toBeLessThan(1_000);
  });

  it('should restore the steps onto the scenario the autosave restores after a reload, undo and redo exact', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    let history = startHistory(scenario);
    for (let i = 1; i <= 30; i++) {
      const present = history.present;
      history = recordEdit(history, { ...present, demands: present.demands.map((d, j) => (j === i % present.demands.length ? { ...d, volume: d.volume + i } : d)) }, i * 10_000, 'step');
    }
    history = { ...history, past: history.past.slice(0, -3), present: history.past.at(-3)!, future: [history.present, history.past.at(-1)!, history.past.at(-2)!] };
    writeAutosave(() => local, 'k', history.present);
    writeSavedHistory(() => session, 'k', history);

    const restored = readAutosave(() => local, 'k');
    if (restored.kind !== 'restored') throw new Error(`the autosave did not restore: ${restored.kind}`);
    const read = readSavedHistory(() => session, 'k', restored.scenario);

    expect(read.past).toEqual(history.past);
    expect(read.future).toEqual(history.future);
  });

  it('should start afresh on a scenario that is not the one it was written at, even one with equal content', () => {
    const storage = memoryStorage();
    const edited = recordEdit(startHistory(scenario), withName('edited'), 0);
    writeSavedHistory(() => storage, 'k', edited);

    expect(readSavedHistory(() => storage, 'k', withName('edited'))).toEqual(startHistory(withName('edited')));
  });

  it('should still read an entry written with the present in full (before state ids)', () => {
    const storage = memoryStorage();
    const present = withName('edited');
    storage.setItem(historyKey('k'), JSON.stringify({ present, past: [diffJson(present, scenario)], future: [] }));

    const read = readSavedHistory(() => storage, 'k', withName('edited'));

    expect(read.past).toEqual([scenario]);
  });
});
