/**
 * The path method's master LP built round after round (`MasterProblemBuilder`): each round's LP keeps the last one's
 * rows and places only the new paths' entries, or is built whole after rows were left out or put back. Whatever the
 * order of paths added, rows left out and back, and paths retired, it must be the LP a fresh master with the same
 * paths builds in one go.
 */
import { describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { COLUMN_KIND, type LpBuild } from '../../../src/lp/lp-layout';
import { PathMaster } from '../../../src/lp/path-master';
import type { LpProblem } from '../../../src/lp/types';
import type { Scenario } from '../../../src/model/types';
import { link, scenarioOf } from './scenario-fixture';

function flowColumn(build: LpBuild, scenario: Scenario, linkId: string): number {
  const item = scenario.links.findIndex((l) => l.id === linkId);
  const { layout } = build;
  for (let j = 0; j < build.lp.numCols; j++) if (layout.columnKind[j] === COLUMN_KIND.flow && layout.columnItem[j] === item) return j;
  throw new Error(`flowColumn: no column for link ${linkId}`);
}

/** The LP's arrays as plain lists, trimmed to their counts, for a readable comparison. */
function plain(problem: LpProblem): Record<string, number | number[]> {
  const entries = problem.rowStart[problem.numRows]!;
  return {
    numCols: problem.numCols,
    numRows: problem.numRows,
    objective: Array.from(problem.objective.subarray(0, problem.numCols)),
    colLower: Array.from(problem.colLower.subarray(0, problem.numCols)),
    colUpper: Array.from(problem.colUpper.subarray(0, problem.numCols)),
    rowLower: Array.from(problem.rowLower.subarray(0, problem.numRows)),
    rowUpper: Array.from(problem.rowUpper.subarray(0, problem.numRows)),
    rowStart: Array.from(problem.rowStart.subarray(0, problem.numRows + 1)),
    rowIndex: Array.from(problem.rowIndex.subarray(0, entries)),
    rowValue: Array.from(problem.rowValue.subarray(0, entries)),
  };
}

/** Column m's entries in the LP, as "row:value" sorted by row. */
function columnEntries(problem: LpProblem, m: number): string[] {
  const found: [number, number][] = [];
  for (let r = 0; r < problem.numRows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) if (problem.rowIndex[e] === m) found.push([r, problem.rowValue[e]!]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([r, v]) => `${r}:${v}`);
}

/** Path p's entries as the master's LP must hold them: its coupling rows in the LP, and 1 in its demand's row. */
function pathEntries(master: PathMaster, p: number): string[] {
  const found: [number, number][] = [[master.demandRow[master.pathDemand.get(p)]!, 1]];
  for (let e = master.pathEntryStart.get(p); e < master.pathEntryStart.get(p + 1); e++) {
    if (master.inMasterLp(master.pathEntryRow.get(e))) found.push([master.pathEntryRow.get(e), master.pathEntryValue.get(e)]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([r, v]) => `${r}:${v}`);
}

describe('PathMaster.problem round after round', () => {
  // Two demands over capacitated links, so that the master has coupling rows to leave out and put back.
  const scenario = scenarioOf({
    nodes: ['A', 'B', 'C', 'D'],
    links: [
      link('A', 'B', 1, { capacity: 5 }),
      link('A', 'C', 2, { capacity: 20 }),
      link('C', 'B', 2, { capacity: 20 }),
      link('B', 'D', 1, { capacity: 8 }),
      link('C', 'D', 4),
    ],
    demands: [
      { id: 'ab', from: 'A', to: 'B', volume: 10 },
      { id: 'ad', from: 'A', to: 'D', volume: 6 },
    ],
  });
  const build = buildLp(scenario, { reduce: false });
  const arcs = (...ids: string[]): number[] => ids.map((id) => flowColumn(build, scenario, id));
  type Step = (master: PathMaster) => void;
  /** The first and the last coupling row of path p (a capacity row of each of its ends). */
  const firstRow = (m: PathMaster, p: number): number => m.pathEntryRow.get(m.pathEntryStart.get(p));
  const lastRow = (m: PathMaster, p: number): number => m.pathEntryRow.get(m.pathEntryStart.get(p + 1) - 1);
  const steps: readonly Step[] = [
    (m) => m.addPath(0, arcs('AB')),
    (m) => m.addPath(1, arcs('AB', 'BD')),
    (m) => m.addPath(0, arcs('AC', 'CB')),
    (m) => m.leaveOut(firstRow(m, 0)),
    (m) => m.addPath(1, arcs('AC', 'CD')),
    (m) => {
      const primal = new Float64Array(m.pathColumn(m.numPaths));
      primal[m.pathColumn(0)] = 10;
      primal[m.pathColumn(1)] = 6;
      const dual = new Float64Array(m.numRows);
      m.retireIdle(primal, dual, 0.01);
    },
    (m) => m.addPath(1, arcs('AC', 'CB', 'BD')),
    (m) => m.putIn(firstRow(m, 0)),
    (m) => m.addPath(0, arcs('AC', 'CB')),
    (m) => m.leaveOut(lastRow(m, 1)),
    (m) => m.addPath(1, arcs('AB', 'BD')),
  ];

  it('should build, after every step, the LP a fresh master with the same steps builds at once', () => {
    const grown = PathMaster.of(build)!;
    steps[0]!(grown);
    steps[1]!(grown);
    // The rows left out below hold entries of the paths already in: left out, those entries must go.
    expect(firstRow(grown, 0)).not.toBe(lastRow(grown, 1));
    const fromStart = PathMaster.of(build)!;
    expect(plain(grown.problem())).not.toEqual(plain(fromStart.problem()));
    for (let s = 2; s < steps.length; s++) {
      steps[s]!(grown);
      const fresh = PathMaster.of(build)!;
      for (let t = 0; t <= s; t++) steps[t]!(fresh);
      const problem = grown.problem();
      expect(plain(problem), `after step ${s}`).toEqual(plain(fresh.problem()));
      for (let p = 0; p < grown.numPaths; p++) {
        expect(columnEntries(problem, grown.pathColumn(p)), `path ${p} after step ${s}`).toEqual(pathEntries(grown, p));
      }
    }
  });
});
