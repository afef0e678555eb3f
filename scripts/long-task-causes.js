/**
 * What each long task of a Chromium trace was made of: reads a trace written
 * by `browser.startTracing` (categories `devtools.timeline`) and, for every
 * top-level task of the page's main thread over `minMs`, sums the time of
 * the events inside it by kind (script by function and file, style, layout,
 * paint, message deserialisation, garbage collection). Used by
 * measure-plan-longtasks.js `--trace` to say where a long task went.
 */

/** Long tasks of the renderer's main thread: `{ start, ms, cpuMs, parts: [[label, ms], …] }`, largest parts first (`cpuMs`: its thread time, null where the trace has none). */
export function longTaskCauses(trace, minMs = 50) {
  const main = threadsNamed(trace, 'CrRendererMain')[0];
  if (main === undefined) return [];
  return topTasks(main).filter((t) => t.dur >= minMs * 1000).map((task) => described(task, main));
}

/** The complete events (`ph: 'X'`) of each thread of `trace` whose name is `name`, in time order. */
export function threadsNamed(trace, name) {
  const events = trace.traceEvents ?? trace;
  const ids = events.filter((e) => e.name === 'thread_name' && e.args?.name === name).map((e) => `${e.pid}:${e.tid}`);
  const byThread = new Map(ids.map((id) => [id, []]));
  for (const e of events) if (e.ph === 'X' && typeof e.dur === 'number') byThread.get(`${e.pid}:${e.tid}`)?.push(e);
  return [...byThread.values()].map((list) => list.sort((a, b) => a.ts - b.ts || b.dur - a.dur));
}

/** The top-level tasks among a thread's events (a task inside a longer one is part of it). */
export function topTasks(events) {
  const tasks = events.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const top = [];
  for (const t of tasks) {
    const last = top.at(-1);
    if (last !== undefined && last.ts <= t.ts && last.ts + last.dur >= t.ts + t.dur) continue;
    top.push(t);
  }
  return top;
}

/** `{ start, ms, cpuMs, parts }` of a task among its thread's `events` (times in ms; `cpuMs` its thread time: without the time it waited for a core). */
export function described(task, events) {
  const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const parts = new Map();
  for (const e of inside) {
    // Count an event only where no event of the same kind encloses it (self time of nested calls is not split).
    const label = labelOf(e);
    if (label === null) continue;
    if (inside.some((o) => o !== e && labelOf(o) === label && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)) continue;
    parts.set(label, (parts.get(label) ?? 0) + e.dur / 1000);
  }
  return { start: task.ts / 1000, ms: task.dur / 1000, cpuMs: typeof task.tdur === 'number' ? task.tdur / 1000 : null, parts: [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6) };
}

function labelOf(e) {
  const data = e.args?.data ?? {};
  switch (e.name) {
    case 'FunctionCall':
    case 'EvaluateScript':
      return `script ${data.functionName || '(anonymous)'} ${(data.url ?? '').split('/').pop()}:${data.lineNumber ?? ''}`;
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
      return `${e.name} ${data.type ?? ''}`.trim();
    case 'UpdateLayoutTree':
    case 'Layout':
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'ParseHTML':
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GC_SCAVENGER':
    case 'V8.GC_MARK_COMPACTOR':
    case 'BlinkGC.AtomicPhase':
    case 'v8.deserialize':
    case 'V8.DeserializeContext':
      return e.name;
    default:
      // Anything else of 5 ms or more by its own name (nested kinds may overlap: a diagnosis, not a sum).
      return e.dur >= 5000 ? e.name : null;
  }
}
