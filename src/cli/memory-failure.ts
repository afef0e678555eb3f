import type { Result, Scenario } from '../model/types';

/**
 * How running out of memory shows up in Node and in glpk.js's wasm: typed
 * arrays and strings past what V8 will allocate (`RangeError: Invalid typed
 * array length`, `Array buffer allocation failed`, `Invalid string length`),
 * a worker thread killed at its heap limit, and an Emscripten heap that
 * cannot grow.
 */
const OUT_OF_MEMORY =
  /Invalid typed array length|Array buffer allocation failed|Invalid array length|Invalid string length|out of memory|Aborted\(OOM\)|Cannot enlarge memory|ERR_WORKER_OUT_OF_MEMORY/i;

/** True when `error` says memory ran out (see OUT_OF_MEMORY), not that something else went wrong. */
export function isAllocationFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return true;
  return typeof message === 'string' && OUT_OF_MEMORY.test(message);
}

/** True when a solve came back failed because memory ran out inside glpk.js. */
export function isOutOfMemoryResult(result: Result): boolean {
  return result.status === 'error' && (result.diagnosis ?? []).some((line) => OUT_OF_MEMORY.test(line));
}

/**
 * What to tell a person whose valid scenario did not fit in memory: its
 * size, in the terms of the limits, and what to do about it. `scenario` is
 * the one being solved, when known.
 */
export function describeMemoryFailure(scenario: Scenario | undefined): string {
  const size =
    scenario === undefined
      ? ''
      : `: ${count(scenario.links.length, 'link')} × ${count(scenario.demands.length, 'demand')} (${count(scenario.nodes.length, 'node')})`;
  return (
    `the scenario needs more memory than is available${size}; ` +
    'solve it on a machine with more memory, or split it into smaller scenarios (fewer demands, or a region at a time)'
  );
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
