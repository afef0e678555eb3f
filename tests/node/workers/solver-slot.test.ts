/**
 * The worker's one solver instance: loaded once and reused, a failed load
 * retried, dropped after a failure with its warm starts still counted.
 */
import { describe, expect, it } from 'vitest';
import { createSolverSlot } from '../../../workers/solver-slot';
import type { WorkerSolver } from '../../../workers/worker-solver';
import type { WarmSolver } from '../../../src/solver/types';

/** A solver stub whose warm solver reports `starts` warm starts and records its release. */
function stub(starts: number, released: string[], name: string): WorkerSolver {
  return {
    version: name,
    solve: () => {
      throw new Error('not called');
    },
    warmSolver: () => ({ warmStarts: () => starts, release: () => released.push(name) }) as unknown as WarmSolver,
  };
}

describe('createSolverSlot', () => {
  it('should load once for concurrent callers and reuse the instance', async () => {
    let loads = 0;
    const slot = createSolverSlot(async () => stub(0, [], `s${++loads}`));
    expect(slot.loaded()).toBeNull();

    const [a, b] = await Promise.all([slot.current(), slot.current()]);

    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(slot.loaded()).toBe(a);
  });

  it('should retry a failed load on the next call', async () => {
    let calls = 0;
    const slot = createSolverSlot(async () => {
      if (++calls === 1) throw new Error('no wasm');
      return stub(0, [], 'second');
    });

    await expect(slot.current()).rejects.toThrow('no wasm');
    const s = await slot.current();

    expect(s.version).toBe('second');
  });

  it('should load afresh after a drop, release the dropped warm solver and keep counting its warm starts', async () => {
    const released: string[] = [];
    let loads = 0;
    const slot = createSolverSlot(async () => stub(3, released, `s${++loads}`));
    const first = await slot.current();
    expect(slot.warmOf(first)).toBe(slot.warmOf(first));

    slot.drop();
    const second = await slot.current();
    slot.warmOf(second);

    expect(second).not.toBe(first);
    expect(released).toEqual(['s1']);
    expect(slot.warmStarts()).toBe(6);
  });
});
