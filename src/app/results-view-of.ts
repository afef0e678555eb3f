import type { Scenario } from '../model/types';
import type { MarginalRangesController } from './marginal-ranges-controller';
import type { PinnedBaseController } from './pinned-base';
import type { ResultsView } from './render-results';
import type { ResultSelection } from './result-selection';
import type { SolveController } from './solve-controller';

/** Where the results column's figures come from. */
export interface ResultsSources {
  readonly solver: SolveController;
  /** Shown before the first answer. */
  readonly lastValid: Scenario | null;
  readonly pinned: PinnedBaseController;
  readonly picked: ResultSelection;
  /** null until its chunk has loaded. */
  readonly ranges: MarginalRangesController | null;
  /** A part of the column that is a chunk of its own has arrived. */
  readonly chunkLoaded: () => void;
}

/**
 * The results column's view: the answer on screen (dimmed while solving or
 * when its solve was cancelled), the pinned base and whether this answer
 * can replace it, the selection, the marginal ranges of this very answer.
 */
export function resultsViewOf({ solver, lastValid, pinned, picked, ranges, chunkLoaded }: ResultsSources): ResultsView {
  const shown = solver.current();
  const solving = solver.solving;
  const result = shown?.result ?? null;
  return {
    scenario: shown?.scenario ?? lastValid,
    result,
    solving,
    stale: solver.cancelled,
    selected: picked.selected,
    traced: picked.traced,
    base: pinned.base,
    canPin: shown !== null && !solving && pinned.canPin(result),
    ranges: ranges?.rangesFor(result) ?? null,
    rangesPending: ranges?.pendingFor(result) ?? false,
    rangesOmitted: ranges?.omittedNote(result) ?? null,
    onPin: () => {
      const now = solver.current();
      if (now !== null) pinned.pin(now.scenario, now.result);
    },
    onUnpin: () => pinned.unpin(),
    onSelect: picked.onSelect,
    onChunkLoaded: chunkLoaded,
  };
}
