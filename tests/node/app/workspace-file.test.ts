import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWorkspaceFile, toWorkspaceFile, WORKSPACE_FORMAT, type WorkspaceEntry } from '../../../src/app/workspace/workspace-file';
import { duplicateEntry, mergeImported, newEntry, renameEntry, uniqueName } from '../../../src/app/workspace/workspace-entries';
import { DEMO_SCENARIO } from '../../../src/app/demo-scenario';
import { propertySettings } from '../../support/property-settings';

const NOW = new Date('2026-03-01T10:00:00.000Z');

function entry(name: string, id?: string): WorkspaceEntry {
  return newEntry({ name, notes: `notes of ${name}`, scenario: { ...DEMO_SCENARIO, name }, view: { tab: 'sweep', sweep: { parameter: 'links.aktau-baku.capacity', from: 1, to: 2, steps: 3 } } }, NOW, id);
}

describe('parseWorkspaceFile', () => {
  it('should read back what toWorkspaceFile wrote, settings and uncertainty ranges included', () => {
    const withRanges = { ...entry('A'), scenario: { ...DEMO_SCENARIO, uncertainty: [{ set: 'links.aktau-baku.cost', min: 30, mode: 40, max: 60 }] } } as WorkspaceEntry;
    const text = JSON.stringify(toWorkspaceFile([withRanges, entry('B')], NOW));
    const parsed = parseWorkspaceFile(text);
    expect(parsed).toEqual({ ok: true, entries: [withRanges, entry('B')].map((e) => ({ ...e, id: expect.any(String) })) });
    if (!parsed.ok) return;
    expect(parsed.entries[0]!.scenario.uncertainty).toEqual(withRanges.scenario.uncertainty);
    expect(parsed.entries[1]!.view).toEqual(entry('B').view);
  });

  it('should name the JSON path and the expected value of every problem at once', () => {
    const bad = {
      format: 'corridor-flow/workspace@0',
      entries: [
        { ...entry('A', 'a'), name: '' },
        { ...entry('B', 'b'), scenario: { ...DEMO_SCENARIO, links: [{ ...DEMO_SCENARIO.links[0], capacity: -1 }, ...DEMO_SCENARIO.links.slice(1)] } },
        { ...entry('C', 'a'), updatedAt: 'yesterday' },
        42,
      ],
    };
    const parsed = parseWorkspaceFile(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.problems.map((p) => p.path);
    expect(paths).toContain('format');
    expect(paths).toContain('entries[0].name');
    expect(paths.some((p) => p.startsWith('entries[1].scenario.links[0]'))).toBe(true);
    expect(paths).toContain('entries[2].updatedAt');
    expect(paths).toContain('entries[3]');
    expect(parsed.problems.find((p) => p.path === 'format')!.message).toContain(WORKSPACE_FORMAT);
    expect(parsed.problems.find((p) => p.path === 'entries[2].updatedAt')!.message).toMatch(/expected an ISO date.*found "yesterday"/);
  });

  it('should refuse an id used twice, naming the second', () => {
    const parsed = parseWorkspaceFile(toWorkspaceFile([entry('A', 'x'), entry('B', 'x')]));
    expect(parsed).toEqual({ ok: false, problems: [{ path: 'entries[1].id', message: 'expected an id used once, found "x" again' }] });
  });

  it('should say what a file that is no workspace is', () => {
    expect(parseWorkspaceFile('{ nope')).toMatchObject({ ok: false, problems: [{ path: '' }] });
    expect(parseWorkspaceFile(DEMO_SCENARIO)).toMatchObject({ ok: false, problems: [{ path: 'format' }, { path: 'entries', message: 'expected an array of scenarios, found nothing' }] });
  });
});

describe('workspace entries', () => {
  it('should give a duplicate a new id and a free name, keeping notes and settings', () => {
    const a = entry('A');
    const copy = duplicateEntry(a, [a, entry('A (copy)')], NOW);
    expect(copy.id).not.toBe(a.id);
    expect(copy.name).toBe('A (copy) (2)');
    expect(copy.notes).toBe(a.notes);
    expect(copy.view).toEqual(a.view);
  });

  it('should rename the scenario inside the entry too, so exports carry the new name', () => {
    const a = entry('caspian-2030');
    const renamed = renameEntry(a, 'Caspian with TRIPP doubled', [a], NOW);
    expect(renamed.scenario.name).toBe('Caspian with TRIPP doubled');
  });

  it('should never give two entries one name, however names collide', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'A (2)', 'B', ' A ', 'A (copy)', ''), { maxLength: 12 }), (names) => {
        const entries: WorkspaceEntry[] = [];
        for (const name of names) entries.push(entry(uniqueName(name, entries)));
        expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
      }),
      propertySettings(200),
    );
  });

  it('should import beside the kept entries, never over them', () => {
    const kept = [entry('A', 'a'), entry('B', 'b')];
    const added = mergeImported(kept, [entry('A', 'a'), entry('C', 'c')]);
    expect(added.map((e) => e.name)).toEqual(['A (2)', 'C']);
    expect(added[0]!.id).not.toBe('a');
    expect(added[1]!.id).toBe('c');
  });
});
