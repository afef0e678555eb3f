import { describe, it, expect } from 'vitest';
import { COALESCE_MS, recordEdit, redo, startHistory, undo } from '../../../src/app/edit-history';
import { changedPaths } from '../../../src/app/changed-paths';

const state = (capacity: number, volume = 100) => ({ links: [{ id: 'ab', capacity }], demands: [{ id: 'd', volume }] });

describe('changedPaths', () => {
  it('should name the leaf fields that differ', () => {
    expect(changedPaths(state(1), state(2))).toEqual(['links[0].capacity']);
    expect(changedPaths(state(1), state(2, 5))).toEqual(['links[0].capacity', 'demands[0].volume']);
    expect(changedPaths(state(1), state(1))).toEqual([]);
  });

  it('should treat an array whose length changed as one change', () => {
    expect(changedPaths({ a: [1, 2] }, { a: [1, 2, 3] })).toEqual(['a']);
  });
});

describe('recordEdit / undo / redo', () => {
  it('should make every drag step of one field one undo step, ended by its commit', () => {
    let h = startHistory(state(60));
    for (const [i, c] of [55, 50, 45].entries()) h = recordEdit(h, state(c), 1000 * i * 10, 'input');
    h = recordEdit(h, state(45), 100_000, 'commit');

    expect(h.past).toEqual([state(60)]);
    expect(undo(h).present).toEqual(state(60));
  });

  it('should start a new step after a commit even on the same field', () => {
    let h = startHistory(state(60));
    h = recordEdit(h, state(50), 0, 'commit');
    h = recordEdit(h, state(40), 1, 'commit');

    expect(h.past).toEqual([state(60), state(50)]);
  });

  it('should start a new step when another field moves', () => {
    let h = startHistory(state(60));
    h = recordEdit(h, state(50), 0, 'input');
    h = recordEdit(h, state(50, 90), 1, 'input');

    expect(h.past).toEqual([state(60), state(50)]);
  });

  it('should coalesce unlabelled edits of one field only within COALESCE_MS', () => {
    let h = startHistory(state(60));
    h = recordEdit(h, state(50), 0);
    h = recordEdit(h, state(40), COALESCE_MS - 1);
    expect(h.past).toHaveLength(1);
    h = recordEdit(h, state(30), 2 * COALESCE_MS + 1);
    expect(h.past).toHaveLength(2);
  });

  it('should never coalesce a step (import, picker)', () => {
    let h = startHistory(state(60));
    h = recordEdit(h, state(50), 0, 'input');
    h = recordEdit(h, state(40), 1, 'step');
    expect(h.past).toEqual([state(60), state(50)]);
  });

  it('should redo what was undone, and forget it on a new edit', () => {
    let h = startHistory(state(1));
    h = recordEdit(h, state(2), 0, 'commit');
    h = undo(h);
    expect(redo(h).present).toEqual(state(2));
    h = recordEdit(h, state(3), 1, 'commit');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('should do nothing on undo with no past', () => {
    const h = startHistory(state(1));
    expect(undo(h)).toBe(h);
  });
});
