import { describe, expect, it } from 'vitest';
import { readAutosave, tabKey } from '../../../src/app/autosave';
import { autosaveSteps, writeAutosave } from '../../../src/app/autosave-write';
import { dropOrphanParts, PART_CHARS } from '../../../src/app/autosave-parts-write';
import { readAllAutosaves } from '../../../src/app/saved-work-offers';
import type { Scenario } from '../../../src/model/types';
import { memoryStorage } from '../../support/memory-storage';

/** A scenario whose entry is several parts long. */
function long(name: string, nodes = 3_000): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name,
    nodes: [{ id: 'a' }, { id: 'b' }, ...Array.from({ length: nodes }, (_, i) => ({ id: `n${i}`, name: `Node number ${i} of a long network` }))],
    links: [{ id: 'ab', from: 'a', to: 'b', cost: 1, capacity: 10 }],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 5 }],
  };
}

const keysOf = (storage: Storage): string[] => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();
const partKeys = (storage: Storage): string[] => keysOf(storage).filter((k) => k.includes(':part:'));
const restored = (storage: Storage, key: string): Scenario | null => {
  const read = readAutosave(() => storage, key);
  return read.kind === 'restored' ? read.scenario : null;
};

describe('writeAutosave of a long scenario', () => {
  it('should store it in parts under a short entry and read it back exactly, baseline included', () => {
    const storage = memoryStorage();
    const scenario = long('Long');
    const baseline = long('Base');
    expect(JSON.stringify(scenario).length).toBeGreaterThan(2 * PART_CHARS);

    expect(writeAutosave(() => storage, 'k', scenario, new Date(), baseline, 'tab1')).toEqual({ ok: true });

    expect(storage.getItem('k')!.length).toBeLessThan(300);
    expect(partKeys(storage).length).toBeGreaterThan(2);
    const read = readAutosave(() => storage, 'k');
    if (read.kind !== 'restored') throw new Error(`not restored: ${read.kind}`);
    expect(read.scenario).toEqual(scenario);
    expect(read.baseline).toEqual(baseline);
    expect(read.tab).toBe('tab1');
  });

  it('should keep one copy: the parts of the entry it replaces go', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', long('First'), new Date(), null, 'tab1');
    const first = partKeys(storage);
    writeAutosave(() => storage, 'k', long('Second'), new Date(), null, 'tab1');

    expect(partKeys(storage).some((k) => first.includes(k))).toBe(false);
    expect(partKeys(storage)).toHaveLength(first.length);
    expect(restored(storage, 'k')?.name).toBe('Second');
  });

  it("should keep another tab's work, parts and all, under that tab's key", () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', long('Tab one'), new Date(), null, 'one');
    writeAutosave(() => storage, 'k', long('Tab two'), new Date(), null, 'two');

    expect(restored(storage, 'k')?.name).toBe('Tab two');
    expect(restored(storage, tabKey('k', 'one'))?.name).toBe('Tab one');
    expect(readAllAutosaves(() => storage, 'k').saved.map((w) => w.scenario.name).sort()).toEqual(['Tab one', 'Tab two']);

    // Tab one saves again: its work moves back to the shared key, and its older parts go.
    writeAutosave(() => storage, 'k', long('Tab one again'), new Date(), null, 'one');
    expect(restored(storage, 'k')?.name).toBe('Tab one again');
    expect(restored(storage, tabKey('k', 'two'))?.name).toBe('Tab two');
    expect(storage.getItem(tabKey('k', 'one'))).toBeNull();
    const named = (k: string) => (JSON.parse(storage.getItem(k)!) as { parts: { count: number } }).parts.count;
    expect(partKeys(storage)).toHaveLength(named('k') + named(tabKey('k', 'two')));
  });

  it('should put an entry aside whose part is missing, saying so', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', long('Long'), new Date(), null, 'tab1');
    storage.removeItem(partKeys(storage)[1]!);

    const read = readAutosave(() => storage, 'k');

    expect(read).toMatchObject({ kind: 'corrupt', reason: 'a part of it is missing', backupKey: 'k:unreadable' });
    expect(storage.getItem('k')).toBeNull();
  });
});

describe('autosaveSteps', () => {
  it('should pause between pieces and parts, and change what is read back only at its last step', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', long('Before'), new Date(), null, 'tab1');
    const steps = autosaveSteps(() => storage, 'k', long('After'), new Date(), null, 'tab1');
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      expect(restored(storage, 'k')?.name).toBe('Before');
      pauses++;
      step = steps.next();
    }
    expect(step.value).toEqual({ ok: true });
    expect(pauses).toBeGreaterThan(6);
    expect(restored(storage, 'k')?.name).toBe('After');
  });

  it('should leave the earlier entry, and none of its own parts, when stopped before the end', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', long('Before'), new Date(), null, 'tab1');
    const before = keysOf(storage);
    const steps = autosaveSteps(() => storage, 'k', long('After'), new Date(), null, 'tab1');
    // Into the writing of the parts: one more is stored.
    const partsBefore = partKeys(storage).length;
    while (partKeys(storage).length === partsBefore) expect(steps.next().done).toBe(false);
    steps.next();
    expect(partKeys(storage).length).toBe(partsBefore + 2);

    steps.return({ ok: false, reason: 'replaced' });

    expect(keysOf(storage)).toEqual(before);
    expect(restored(storage, 'k')?.name).toBe('Before');
  });

  it('should fail, leaving the earlier entry and no parts, when the storage is full', () => {
    const storage = memoryStorage(PART_CHARS - 1);
    const written = writeAutosave(() => storage, 'k', long('Too long'), new Date(), null, 'tab1');

    expect(written.ok).toBe(false);
    expect(partKeys(storage)).toEqual([]);
    expect(storage.getItem('k')).toBeNull();
  });
});

describe('dropOrphanParts', () => {
  it('should drop parts no entry names once they are a minute old, and leave younger ones (another tab may be writing them)', () => {
    const storage = memoryStorage();
    writeAutosave(() => storage, 'k', long('Named'), new Date(), null, 'tab1');
    const named = partKeys(storage);
    const now = Date.now();
    storage.setItem(`k:part:${(now - 120_000).toString(36)}-old:0`, 'x');
    storage.setItem(`k:part:${(now - 1_000).toString(36)}-young:0`, 'x');

    dropOrphanParts(storage, 'k', now);

    expect(partKeys(storage)).toEqual([...named, `k:part:${(now - 1_000).toString(36)}-young:0`].sort());
  });
});
