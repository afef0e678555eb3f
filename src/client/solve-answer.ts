import type { Result } from '../model/types';
import { unpackResult, unpackResultInSlices, type PackedResult } from './packed-result';

/**
 * What `SolverApi.solvePacked` answers: a large result packed (`PackedResult`, its typed arrays transferred), a
 * small one as it is. The page reads a packed answer's few typed arrays and one string per id rather than
 * thousands of small objects: on the 1M-variable network (50 × 50 grid, 105 demands, 17,230 records) Chromium
 * read the plain message in 8–9 ms of the page's time, the packed one in 0.3 ms and unpacked it in 2–6 ms; the
 * packing, 14–46 ms, is the worker's (measured with both through a MessageChannel, load 7).
 */
export type SolveAnswer = Result | PackedResult;

/**
 * Records (corridors, links, nodes, demands and their per-link flows) from which a result is packed. Below, the
 * plain message costs the page under a millisecond and packing would only add to the worker's time (Node, the
 * default model's 114 records: read plain in 0.05 ms; packed, read and unpacked in 0.2 ms).
 */
export const PACK_MIN_RECORDS = 2000;

/** How many records `result`'s lists hold, per-link flows of demands included. */
export function recordCount(result: Result): number {
  let count = result.corridors.length + result.links.length + result.nodes.length + result.demands.length;
  for (const demand of result.demands) count += demand.flows?.length ?? 0;
  return count;
}

/** Whether `result` crosses packed (see `PACK_MIN_RECORDS`). */
export function packs(result: Result): boolean {
  return recordCount(result) >= PACK_MIN_RECORDS;
}

/** The `Result` that `answer` holds: unpacked when it came packed, else `answer` itself. */
export function resultOf(answer: SolveAnswer): Result {
  return isPacked(answer) ? unpackResult(answer) : answer;
}

/** `resultOf`, a packed answer unpacked in slices with `pause()` between them (see `unpackResultInSlices`). */
export async function resultInSlicesOf(answer: SolveAnswer, pause: () => Promise<void>): Promise<Result> {
  return isPacked(answer) ? unpackResultInSlices(answer, pause) : answer;
}

function isPacked(answer: SolveAnswer): answer is PackedResult {
  return (answer as Partial<PackedResult>).packed === 'result';
}
