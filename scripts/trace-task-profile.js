#!/usr/bin/env node
/**
 * `node scripts/trace-task-profile.js <trace.json> [minCpuMs=15]`: the page's
 * main-thread tasks of at least `minCpuMs` of CPU in a Chromium trace taken
 * with V8's sampling profiler (`bench-browser-1m.js --profile --keep-trace`),
 * each with its wall and CPU time, the browser's own work in it (style,
 * layout, paint…) and the functions its samples fell in: by self time and by
 * inclusive time (a function counted once per sample however deep it
 * recurses). Times are ms after the trace's first task.
 */
import { readFileSync } from 'node:fs';
import { threadsNamed, topTasks } from './long-task-causes.js';

const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'v8.deserialize'];

/** Samples of the main thread's profile: `[{ ts, stack: [callFrame label, …] innermost first }]`. */
export function profileSamples(trace, mainPid, mainTid) {
  const events = trace.traceEvents ?? trace;
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === mainPid && e.tid === mainTid) profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !profiles.has(e.id)) continue;
    const p = profiles.get(e.id);
    const cpu = e.args.data.cpuProfile ?? {};
    for (const node of cpu.nodes ?? []) p.nodes.set(node.id, node);
    p.samples.push(...(cpu.samples ?? []));
    p.deltas.push(...(e.args.data.timeDeltas ?? []));
  }
  const out = [];
  for (const p of profiles.values()) {
    const label = (node) => {
      const f = node.callFrame;
      return `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? ''}`;
    };
    const stacks = new Map();
    const stackOf = (id) => {
      if (stacks.has(id)) return stacks.get(id);
      const node = p.nodes.get(id);
      const stack = node === undefined ? [] : [label(node), ...(node.parent === undefined ? [] : stackOf(node.parent))];
      stacks.set(id, stack);
      return stack;
    };
    let ts = p.start;
    for (let i = 0; i < p.samples.length; i++) {
      ts += p.deltas[i] ?? 0;
      out.push({ ts, stack: stackOf(p.samples[i]) });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

function tasksWithProfile(trace, minCpuMs) {
  const events = trace.traceEvents ?? trace;
  const main = threadsNamed(trace, 'CrRendererMain')[0];
  if (main === undefined) return [];
  const { pid, tid } = main[0];
  const samples = profileSamples(trace, pid, tid);
  const tasks = topTasks(main);
  const t0 = tasks[0]?.ts ?? 0;
  const marks = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'corridor-change' && e.pid === pid);
  return tasks
    .filter((t) => (t.tdur ?? 0) >= minCpuMs * 1000)
    .map((task) => {
      const end = task.ts + task.dur;
      const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
      const rendering = RENDERING.map((name) => [name, inside.filter((e) => e.name === name && !inside.some((o) => o !== e && o.name === name && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur)).reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000]).filter(([, ms]) => ms >= 0.5);
      const own = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
      const self = new Map();
      const total = new Map();
      for (const [i, s] of own.entries()) {
        const dt = ((own[i + 1]?.ts ?? end) - s.ts) / 1000;
        const top = s.stack.find((l) => !l.startsWith('(')) ?? s.stack[0] ?? '(none)';
        self.set(top, (self.get(top) ?? 0) + dt);
        // Lit's own frames and the browser's are in every update: the project's functions say which update it was.
        for (const l of new Set(s.stack)) if (!l.startsWith('(') && !/^\S* (lit-[^:]*)?:/.test(l) && !l.includes(' lit-')) total.set(l, (total.get(l) ?? 0) + dt);
      }
      const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, ms]) => ms >= 0.5);
      const edit = marks.find((m) => m.ts <= end + 1000);
      return { at: (task.ts - t0) / 1000, afterEdit: edit === undefined ? null : (task.ts - edit.ts) / 1000, ms: task.dur / 1000, cpuMs: task.tdur / 1000, rendering, self: top(self, 8), total: top(total, 14) };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, min] = process.argv.slice(2);
  const fmt = (list) => list.map(([l, ms]) => `${l} ${ms.toFixed(1)}`).join('; ');
  for (const t of tasksWithProfile(JSON.parse(readFileSync(path, 'utf8')), Number(min ?? 15))) {
    const when = t.afterEdit === null ? `+${t.at.toFixed(0)} ms` : `edit ${t.afterEdit >= 0 ? '+' : ''}${t.afterEdit.toFixed(0)} ms`;
    console.log(`${when}: ${t.ms.toFixed(0)} ms wall, ${t.cpuMs.toFixed(1)} ms CPU; browser: ${fmt(t.rendering) || '–'}`);
    console.log(`   self: ${fmt(t.self) || '–'}`);
    console.log(`   incl: ${fmt(t.total) || '–'}`);
  }
}
