import { transfer } from 'comlink';
import type { Result } from '../src/model/types';
import { packedBuffers, packResult } from '../src/client/packed-result';
import { packs, type SolveAnswer } from '../src/client/solve-answer';

/** `result` as `SolverApi.solvePacked` sends it: packed with its buffers transferred when large, else as it is. */
export function solveAnswerOf(result: Result): SolveAnswer {
  if (!packs(result)) return result;
  const packed = packResult(result);
  return transfer(packed, packedBuffers(packed));
}
