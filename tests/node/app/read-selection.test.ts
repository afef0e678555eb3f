import { describe, expect, it } from 'vitest';
import { readSelection } from '../../../src/app/read-selection';

describe('readSelection', () => {
  it('should keep a selection of each kind the editor opens', () => {
    for (const kind of ['node', 'link', 'corridor', 'demand'] as const) {
      expect(readSelection({ kind, id: 'baku' })).toEqual({ kind, id: 'baku' });
    }
  });

  it('should drop what a share link carries that is no selection', () => {
    for (const value of [undefined, null, 'node:baku', {}, { kind: 'port', id: 'baku' }, { kind: 'node' }, { kind: 'node', id: 7 }]) {
      expect(readSelection(value)).toBeNull();
    }
  });

  it('should keep only the kind and the id', () => {
    expect(readSelection({ kind: 'link', id: 'baku-aktau', extra: true })).toEqual({ kind: 'link', id: 'baku-aktau' });
  });
});
