/**
 * The page's main thread from a plan answer's arrival on, out of a Chromium
 * trace (measure-plan-longtasks.js `--trace`): every task that used at least
 * `minCpuMs` of CPU, with its wall time, its CPU (thread) time and what it
 * was made of, and beside it how much CPU the page's workers used in the
 * same wall-clock interval (a worker solving, packing or collecting garbage
 * then competes with the page for the machine's cores). Wall time depends
 * on the machine's load; CPU time is what the page's code asks for.
 */
import { described, threadsNamed, topTasks } from './long-task-causes.js';

/**
 * `{ tasks, workers }` from `fromMs` (ms after the `mark` user-timing mark) on, or from the end of the workers'
 * longest task if that is earlier: `tasks` the main thread's tasks
 * of `minCpuMs` or more (`at` in ms after `fromMs`, `workerCpuMs` the workers' CPU meanwhile), `workers` each
 * worker task of 2 ms or more of CPU in the same window (`at`, `ms`, `cpuMs`, `parts`).
 */
export function arrivalTasks(trace, { mark, fromMs, minCpuMs = 5 }) {
  const events = trace.traceEvents ?? trace;
  const marked = events.find((e) => e.name === mark);
  const main = threadsNamed(trace, 'CrRendererMain')[0];
  if (marked === undefined || main === undefined) return null;
  const threads = threadsNamed(trace, 'DedicatedWorker thread').map((events) => ({ events, all: topTasks(events) }));
  // The plan's search and appraisal are one long task of its worker: the hand-over starts where it ends.
  const longest = threads.flatMap((t) => t.all).reduce((m, t) => (m === null || t.dur > m.dur ? t : m), null);
  const from = Math.min(marked.ts + fromMs * 1000, longest === null ? Infinity : longest.ts + longest.dur);
  const workerThreads = threads.map(({ events, all }) => ({ events, tasks: all.filter((t) => t.ts + t.dur >= from) }));
  // A worker task's CPU spread evenly over its wall time: the share that fell within [start, end).
  const workerCpu = (start, end) => {
    let sum = 0;
    for (const { tasks } of workerThreads) {
      for (const t of tasks) {
        const overlap = Math.min(end, t.ts + t.dur) - Math.max(start, t.ts);
        if (overlap > 0 && t.dur > 0) sum += ((t.tdur ?? t.dur) * overlap) / t.dur;
      }
    }
    return sum / 1000;
  };
  const relative = (d) => ({ ...d, at: d.start - from / 1000 });
  const tasks = topTasks(main)
    .filter((t) => t.ts >= from && (t.tdur ?? t.dur) >= minCpuMs * 1000)
    .map((t) => ({ ...relative(described(t, main)), workerCpuMs: workerCpu(t.ts, t.ts + t.dur) }));
  const workers = workerThreads.flatMap(({ events, tasks: list }, worker) =>
    list.filter((t) => (t.tdur ?? t.dur) >= 2000).map((t) => ({ worker, ...relative(described(t, events)) })),
  );
  return { tasks, workers: workers.sort((a, b) => a.at - b.at) };
}
