import type { Result } from '../model/types';
import { unpackResult, type PackedResult } from './packed-result';

/**
 * What `SolverApi.solvePacked` answers: a large result packed (`PackedResult`, its typed arrays transferred), a
 * small one as it is. On the 1M-variable network (9,750 links, 105 demands with their per-link flows) the plain
 * result's structured clone was the page's longest task when the answer arrived (124–160 ms of CPU); packed, the
 * page gets a few typed arrays and one string per id.
 */
export type SolveAnswer = Result | PackedResult;

/**
 * Records (corridors, links, nodes, demands and their per-link flows) from which a result is packed. Below, the
 * plain clone costs the page well under a millisecond, and packing would add work in the worker for nothing to
 * gain; measured in Node on generated grids: 826 records clone in 0.3 ms, pack and unpack in 0.5 ms; 5,555 clone
 * in 2.4 ms, cross packed in 1.2 ms (README, "Measurements").
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

function isPacked(answer: SolveAnswer): answer is PackedResult {
  return (answer as Partial<PackedResult>).packed === 'result';
}
