/**
 * Where a path-method solve stands (`solveByPaths`), told once its first
 * paths are priced and after every round. Plain data: it crosses from the
 * solver worker to the page as it is.
 */
export interface PathProgress {
  /** Rounds of the restricted master solved so far; 0 once the first paths are priced, before the first master. */
  readonly round: number;
  /** Path columns in the master now. */
  readonly columns: number;
  /**
   * The last master's optimum, USD/yr (with the LP's constant); null before the first master, and after one whose
   * flows break a capacity left out of its LP (it is no answer then: `LeftOutRows`). An upper bound on the optimum
   * once the master uses no artificial column; far above it while one is in use.
   */
  readonly objective: number | null;
  /**
   * A lower bound on the optimum, USD/yr, from the last pricing pass: Dantzig–Wolfe's Lagrangian bound
   * z + Σ_k V_k · min(0, d_k − σ_k) (see `solveByPaths`); null before the first master, after a pass that added a
   * cycle column, and after one that left a column of negative length out of its tree's reach, unless the nodes there
   * were searched and hold no cycle of negative length (a cycle there may be circulated in the arc LP, by no path).
   */
  readonly bound: number | null;
  /** Wall time since the path method started, ms. */
  readonly elapsedMs: number;
}

/**
 * The relative gap between `objective` and `bound`, (z − LB) / max(|z|, 1),
 * or null when either is not known yet. Never negative (rounding can put the
 * bound a hair above the optimum at the end).
 */
export function relativeGap(progress: Pick<PathProgress, 'objective' | 'bound'>): number | null {
  const { objective, bound } = progress;
  if (objective === null || bound === null) return null;
  return Math.max(0, objective - bound) / Math.max(Math.abs(objective), 1);
}
