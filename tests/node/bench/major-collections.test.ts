/**
 * The major collections that measure-plan-longtasks.js `--trace` lists
 * (scripts/major-collections.js), read off a hand-made trace: which were
 * memory-reducing, their wall and CPU time, and the CPU of their phases.
 */
import { describe, expect, it } from 'vitest';
import { describeCollection, majorCollections } from '../../../scripts/major-collections.js';

const MAIN = { pid: 1, tid: 1 };
const WORKER = { pid: 1, tid: 2 };
/** A complete event: `ts` and `dur` in µs, `tdur` its thread time. */
const x = (thread: { pid: number; tid: number }, name: string, ts: number, dur: number, tdur: number, args: object = {}) => ({ ...thread, ph: 'X', name, ts, dur, tdur, args });

/**
 * Made like Chromium's: the click's mark at 1 s; a memory-reducing collection at 25 s (40 ms wall, 15 ms CPU,
 * heap 20 → 10 MB, Blink's part 6 ms, giving memory back 3 ms), a plain one at 30 s, and a worker's collection,
 * which is not the page's main thread.
 */
const trace = {
  traceEvents: [
    { pid: 1, tid: 1, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
    { pid: 1, tid: 2, ph: 'M', name: 'thread_name', args: { name: 'DedicatedWorker thread' } },
    { pid: 1, tid: 1, ph: 'I', name: 'corridor-plan-click', ts: 1_000_000 },
    x(MAIN, 'RunTask', 24_999_000, 42_000, 16_000),
    x(MAIN, 'MajorGC', 25_000_000, 40_000, 15_000, { usedHeapSizeBefore: 20_000_000, usedHeapSizeAfter: 10_000_000 }),
    x(MAIN, 'V8.GCFinalizeMCReduceMemory', 25_000_100, 39_800, 14_900),
    x(MAIN, 'V8.GC_MC_MARK', 25_000_200, 2_000, 1_000),
    x(MAIN, 'V8.GC_MC_EVACUATE', 25_002_500, 10_000, 2_500),
    x(MAIN, 'V8.GC_HEAP_EMBEDDER_TRACING_EPILOGUE', 25_013_000, 12_000, 6_000),
    x(MAIN, 'V8.GC_HEAP_EPILOGUE_SAFEPOINT', 25_026_000, 5_000, 3_000),
    x(MAIN, 'MajorGC', 30_000_000, 8_000, 4_000, { usedHeapSizeBefore: 12_000_000, usedHeapSizeAfter: 11_000_000 }),
    x(MAIN, 'V8.GCFinalizeMC', 30_000_100, 7_800, 3_900),
    x(WORKER, 'MajorGC', 26_000_000, 90_000, 80_000, { usedHeapSizeBefore: 50_000_000, usedHeapSizeAfter: 5_000_000 }),
  ],
};

describe('majorCollections', () => {
  it('should list the main thread’s major collections, the memory-reducing one marked, timed from the mark', () => {
    const found = majorCollections(trace, { mark: 'corridor-plan-click' });
    expect(found.map((c) => [c.at, c.reduceMemory, c.ms, c.cpuMs])).toEqual([
      [24, true, 40, 15],
      [29, false, 8, 4],
    ]);
    expect(found[0]).toMatchObject({ heapBeforeMb: 20, heapAfterMb: 10, phases: { blink: 6, giveBack: 3, evacuate: 2.5, mark: 1 } });
    expect(found[1]!.phases).toEqual({ blink: null, giveBack: null, evacuate: null, mark: null });
  });

  it('should say in one line what a collection cost', () => {
    const [reducing] = majorCollections(trace, { mark: 'corridor-plan-click' });
    expect(describeCollection(reducing!)).toBe(
      "memory-reducing collection at 24.0 s: 40 ms wall, CPU 15.0 ms, JS heap 20.0 → 10.0 MB; CPU of Blink's part 6.0, giving memory back 3.0, evacuation 2.5, marking 1.0 ms",
    );
  });

  it('should find none in a trace without the page’s main thread', () => {
    expect(majorCollections({ traceEvents: trace.traceEvents.filter((e) => e.tid !== 1) })).toEqual([]);
  });
});
