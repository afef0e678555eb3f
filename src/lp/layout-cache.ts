import type { Scenario } from '../model/types';
import { buildLp } from './build-lp';
import { demandArrays } from './demand-arrays';
import { LayoutMemo } from './layout-memo';
import { layoutKey, sameLayoutKey } from './layout-key';
import type { LpBuild } from './lp-layout';
import { refreshNumbers } from './refresh-numbers';
import { scenarioArrays } from './scenario-arrays';
import { outsideScratch } from './scratch';

/** The layout a cache holds: its key, its build (arrays outside the scratch buffers) and its memo. */
interface Kept {
  readonly key: Float64Array;
  readonly build: LpBuild;
}

/**
 * `buildLp(scenario)` (the reduced cost build) for a run of scenarios that
 * mostly share one layout, as a sweep's points or Monte Carlo draws do
 * (they change numbers, never which nodes, links and demands exist).
 *
 * The first build of a layout is made in full and kept; a scenario with the
 * same layout (equal `layoutKey`, compared in full) gets the kept index
 * arrays and matrix pattern with its own numbers (`refreshNumbers`), the
 * same LP to the last bit as its own build, without indexing, reachability,
 * commodities or the matrix's assembly. Any other scenario is built afresh
 * and becomes the kept one. Every build of one layout carries the same
 * `LayoutMemo`, for what later stages derive from the layout alone.
 *
 * One cache per run of solves (a warm solver's): it holds one layout.
 */
export class LayoutCache {
  private kept: Kept | null = null;
  private built = 0;
  private refreshed = 0;

  /** Builds made in full (a new layout each). */
  get rebuilds(): number {
    return this.built;
  }

  /** Builds that reused the kept layout. */
  get reuses(): number {
    return this.refreshed;
  }

  /** `buildLp(scenario)`, the same LP, from the kept layout where it fits. */
  build(scenario: Scenario): LpBuild {
    const arrays = scenarioArrays(scenario);
    const demands = demandArrays(scenario, arrays, true);
    const key = layoutKey(scenario, arrays, demands);
    if (this.kept !== null && sameLayoutKey(this.kept.key, key)) {
      this.refreshed++;
      return refreshNumbers(this.kept.build, scenario, arrays, demands);
    }
    // Kept past this solve's scratch buffers, which the next solve overwrites.
    const kept = outsideScratch(() => ({ key: Float64Array.from(key), build: { ...buildLp(scenario), memo: new LayoutMemo() } }));
    this.kept = kept;
    this.built++;
    return kept.build;
  }

  /** Forgets the kept layout. */
  clear(): void {
    this.kept = null;
  }
}
