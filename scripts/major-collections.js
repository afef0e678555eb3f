/**
 * The page's major garbage collections out of a Chromium trace
 * (measure-plan-longtasks.js `--trace`): each mark-compact finished on the
 * renderer's main thread, whether V8's memory reducer asked for it (a
 * memory-reducing collection frees and gives back what it can: it compacts
 * Blink's heap and shrinks the young generation), its wall and CPU time, the
 * JavaScript heap before and after, and the phases that differ most between
 * a first memory-reducing collection and a later one: Blink's part
 * (`GC_HEAP_EMBEDDER_TRACING_EPILOGUE`, its heap's compaction), giving memory
 * back (`GC_HEAP_EPILOGUE_SAFEPOINT`, the young generation shrunk) and
 * evacuation. Wall time grows with the machine's load (the main thread waits
 * for the collection's helper threads); CPU time is the collection's own.
 */
import { threadsNamed } from './long-task-causes.js';

const PHASES = {
  blink: 'V8.GC_HEAP_EMBEDDER_TRACING_EPILOGUE',
  giveBack: 'V8.GC_HEAP_EPILOGUE_SAFEPOINT',
  evacuate: 'V8.GC_MC_EVACUATE',
  mark: 'V8.GC_MC_MARK',
};

/**
 * `[{ at, reduceMemory, ms, cpuMs, heapBeforeMb, heapAfterMb, phases }]`, `at` in s after the `mark`
 * user-timing mark (from the trace's start without it); `phases` the CPU (ms) of Blink's part, giving memory back,
 * evacuation and marking, null where the trace has no thread time.
 */
export function majorCollections(trace, { mark } = {}) {
  const events = trace.traceEvents ?? trace;
  const main = threadsNamed(trace, 'CrRendererMain')[0];
  if (main === undefined) return [];
  const marked = mark === undefined ? undefined : events.find((e) => e.name === mark);
  const origin = marked?.ts ?? main[0]?.ts ?? 0;
  const cpu = (e) => (typeof e?.tdur === 'number' ? e.tdur / 1000 : null);
  return main
    .filter((e) => e.name === 'MajorGC')
    .map((gc) => {
      const inside = main.filter((e) => e !== gc && e.ts >= gc.ts && e.ts + e.dur <= gc.ts + gc.dur);
      const phases = Object.fromEntries(Object.entries(PHASES).map(([key, name]) => [key, cpu(inside.find((e) => e.name === name))]));
      return {
        at: (gc.ts - origin) / 1e6,
        reduceMemory: inside.some((e) => e.name === 'V8.GCFinalizeMCReduceMemory'),
        ms: gc.dur / 1000,
        cpuMs: cpu(gc),
        heapBeforeMb: (gc.args?.usedHeapSizeBefore ?? NaN) / 1e6,
        heapAfterMb: (gc.args?.usedHeapSizeAfter ?? NaN) / 1e6,
        phases,
      };
    });
}

/** One line of a `majorCollections` entry. */
export function describeCollection(c) {
  const ms = (v) => (v === null ? '?' : v.toFixed(1));
  return (
    `${c.reduceMemory ? 'memory-reducing' : 'major'} collection at ${c.at.toFixed(1)} s: ${c.ms.toFixed(0)} ms wall, CPU ${ms(c.cpuMs)} ms, ` +
    `JS heap ${c.heapBeforeMb.toFixed(1)} → ${c.heapAfterMb.toFixed(1)} MB; CPU of Blink's part ${ms(c.phases.blink)}, ` +
    `giving memory back ${ms(c.phases.giveBack)}, evacuation ${ms(c.phases.evacuate)}, marking ${ms(c.phases.mark)} ms`
  );
}
