import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLp } from '../../../src/lp/build-lp';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND } from '../../../src/lp/lp-layout';
import type { LpProblem } from '../../../src/lp/types';
import { link, scenarioOf } from './scenario-fixture';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

/** Row i as a map column → coefficient. */
function rowOf(lp: LpProblem, i: number): Map<number, number> {
  const row = new Map<number, number>();
  for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) row.set(lp.rowIndex[p]!, lp.rowValue[p]!);
  return row;
}

/** Why the CSR is not well formed, or null. */
function csrProblem(lp: LpProblem): string | null {
  if (lp.rowStart.length !== lp.numRows + 1) return 'rowStart length';
  if (lp.rowStart[0] !== 0) return 'rowStart[0]';
  if (lp.rowStart[lp.numRows] !== lp.rowIndex.length || lp.rowIndex.length !== lp.rowValue.length) return 'nnz';
  for (let i = 0; i < lp.numRows; i++) {
    if (lp.rowStart[i + 1]! < lp.rowStart[i]!) return `rowStart decreases at ${i}`;
    const seen = new Set<number>();
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      const j = lp.rowIndex[p]!;
      if (j < 0 || j >= lp.numCols) return `row ${i} column ${j} out of range`;
      if (seen.has(j)) return `row ${i} repeats column ${j}`;
      if (!Number.isFinite(lp.rowValue[p]!) || lp.rowValue[p] === 0) return `row ${i} value ${lp.rowValue[p]}`;
      seen.add(j);
    }
  }
  for (const a of [lp.objective, lp.colLower, lp.colUpper, lp.rowLower, lp.rowUpper]) {
    if (a.some((v) => Number.isNaN(v))) return 'NaN';
  }
  if (lp.objective.length !== lp.numCols || lp.rowLower.length !== lp.numRows) return 'lengths';
  return null;
}

describe('buildLp', () => {
  it('should make one column per demand and arc and the rows the spec asks for', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B'],
        links: [link('A', 'B', 10, { id: 'cheap', capacity: 60 }), link('A', 'B', 15, { id: 'dear' })],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 100 }],
      }),
    );
    expect(lp.numCols).toBe(2);
    // conservation at A and B, capacity of `cheap`
    expect(lp.numRows).toBe(3);
    expect(Array.from(layout.rowKind)).toEqual([ROW_KIND.conservation, ROW_KIND.conservation, ROW_KIND.linkCapacity]);
    expect(Array.from(lp.objective)).toEqual([10, 15]);
    expect(lp.objectiveConstant).toBe(0);
    expect(Array.from(lp.colLower)).toEqual([0, 0]);
    expect(Array.from(lp.colUpper)).toEqual([Infinity, Infinity]);
    // out − in = 100 at A, −100 at B
    expect([lp.rowLower[0], lp.rowUpper[0], lp.rowLower[1], lp.rowUpper[1]]).toEqual([100, 100, -100, -100]);
    expect(rowOf(lp, 0)).toEqual(new Map([[0, 1], [1, 1]]));
    expect(rowOf(lp, 1)).toEqual(new Map([[0, -1], [1, -1]]));
    expect(rowOf(lp, 2)).toEqual(new Map([[0, 1]]));
    expect([lp.rowLower[2], lp.rowUpper[2]]).toEqual([-Infinity, 60]);
    expect(Array.from(layout.columnItem)).toEqual([0, 1]);
    expect(layout.linkCapacityRow[0]).toBe(2);
    expect(layout.linkCapacityRow[1]).toBe(-1);
    expect(csrProblem(lp)).toBeNull();
  });

  it('should give a soft demand an unmet column that carries the origin term', () => {
    // Origin A handles at 2 USD/t + 1 day × 3 USD/t/day = 5 per served tonne:
    // 5 × 100 as a constant, −5 on u; the penalty 40 on top.
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: [{ id: 'A', cost: 2, days: 1 }, { id: 'B', cost: 1 }],
        links: [link('A', 'B', 10, { days: 2 })],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 100, valueOfTime: 3, unmetPenalty: 40 }],
      }),
    );
    expect(lp.numCols).toBe(2);
    const u = layout.unmetColumn[0]!;
    expect(u).toBe(1);
    expect(layout.columnKind[u]).toBe(COLUMN_KIND.unmet);
    // x: link 10 + 3 × 2 days + node B 1
    expect(lp.objective[0]).toBe(17);
    expect(lp.objective[u]).toBe(35);
    expect(lp.objectiveConstant).toBe(500);
    expect(lp.colUpper[u]).toBe(100);
    // out − in + u = 100 at A; out − in − u = −100 at B
    expect(rowOf(lp, layout.originRow[0]!)).toEqual(new Map([[0, 1], [u, 1]]));
    expect(rowOf(lp, layout.destinationRow[0]!)).toEqual(new Map([[0, -1], [u, -1]]));
  });

  it('should write the node capacity with the served tonnes of demands starting there', () => {
    // A capacity 40, 50 t/yr hard from A and 30 t/yr soft from A, inflow from C:
    // x(C→A) − u_soft ≤ 40 − 80.
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: [{ id: 'A', capacity: 40 }, 'B', 'C'],
        links: [link('A', 'B', 1), link('C', 'A', 1)],
        demands: [
          { id: 'hard', from: 'A', to: 'B', volume: 50 },
          { id: 'soft', from: 'A', to: 'B', volume: 30, unmetPenalty: 9 },
          { id: 'via', from: 'C', to: 'B', volume: 5 },
        ],
      }),
    );
    const row = layout.nodeCapacityRow[0]!;
    expect(layout.rowKind[row]).toBe(ROW_KIND.nodeCapacity);
    expect(lp.rowUpper[row]).toBe(-40);
    expect(lp.rowLower[row]).toBe(-Infinity);
    const via = layout.demandCommodity[2]!;
    const viaCA = layout.commodityColumnStart[via]! + 1; // commodity of `via`: columns AB, CA in link order
    expect(layout.columnItem[viaCA]).toBe(1);
    expect(rowOf(lp, row)).toEqual(new Map([[viaCA, 1], [layout.unmetColumn[1]!, -1]]));
  });

  it('should write corridor bounds as the spec does', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B'],
        links: [link('A', 'B', 1, { id: 'g' }), link('A', 'B', 2, { id: 'o' })],
        corridors: [{ id: 'c', gates: ['g'], minFlow: 5, maxFlow: 50, minShare: 0.1, maxShare: 0.3 }],
        demands: [
          { id: 'hard', from: 'A', to: 'B', volume: 60 },
          { id: 'soft', from: 'A', to: 'B', volume: 40, unmetPenalty: 9 },
        ],
      }),
      { reduce: false },
    );
    const gateHard = 0;
    const gateSoft = layout.commodityColumnStart[1]!;
    const u = layout.unmetColumn[1]!;
    const flowRow = layout.corridorFlowRow[0]!;
    expect([lp.rowLower[flowRow], lp.rowUpper[flowRow]]).toEqual([5, 50]);
    expect(rowOf(lp, flowRow)).toEqual(new Map([[gateHard, 1], [gateSoft, 1]]));
    // F − 0.3 (100 − u) ≤ 0  ⇔  F + 0.3 u ≤ 30
    const maxRow = layout.corridorMaxShareRow[0]!;
    expect(lp.rowUpper[maxRow]).toBeCloseTo(30, 12);
    expect(rowOf(lp, maxRow)).toEqual(new Map([[gateHard, 1], [gateSoft, 1], [u, 0.3]]));
    // F − 0.1 (100 − u) ≥ 0  ⇔  F + 0.1 u ≥ 10
    const minRow = layout.corridorMinShareRow[0]!;
    expect(lp.rowLower[minRow]).toBeCloseTo(10, 12);
    expect(lp.rowUpper[minRow]).toBe(Infinity);
    expect(rowOf(lp, minRow)).toEqual(new Map([[gateHard, 1], [gateSoft, 1], [u, 0.1]]));
  });

  it('should write the same corridor bounds on a merged commodity', () => {
    // The two demands share origin A and value of time: one commodity, one gate column.
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B'],
        links: [link('A', 'B', 1, { id: 'g' }), link('A', 'B', 2, { id: 'o' })],
        corridors: [{ id: 'c', gates: ['g'], minFlow: 5, maxFlow: 50, minShare: 0.1, maxShare: 0.3 }],
        demands: [
          { id: 'hard', from: 'A', to: 'B', volume: 60 },
          { id: 'soft', from: 'A', to: 'B', volume: 40, unmetPenalty: 9 },
        ],
      }),
    );
    expect(layout.numCommodities).toBe(1);
    const gate = 0;
    const u = layout.unmetColumn[1]!;
    expect(lp.numCols).toBe(3); // g, o, u_soft
    expect(rowOf(lp, layout.corridorFlowRow[0]!)).toEqual(new Map([[gate, 1]]));
    expect(rowOf(lp, layout.corridorMaxShareRow[0]!)).toEqual(new Map([[gate, 1], [u, 0.3]]));
    expect(rowOf(lp, layout.corridorMinShareRow[0]!)).toEqual(new Map([[gate, 1], [u, 0.1]]));
    // out − in + u_soft = 100 at A; −(out − in) − u_soft = −100 at B
    expect([lp.rowLower[layout.originRow[0]!], lp.rowUpper[layout.originRow[0]!]]).toEqual([100, 100]);
    expect(layout.originRow[1]).toBe(layout.originRow[0]);
    expect(rowOf(lp, layout.destinationRow[1]!)).toEqual(new Map([[0, -1], [1, -1], [u, -1]]));
  });

  it('should leave out corridor rows whose bounds are the defaults', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B'],
        links: [link('A', 'B', 1, { id: 'g' })],
        corridors: [{ id: 'c', gates: ['g'], minShare: 0, maxShare: 1, minFlow: 0 }],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 1 }],
      }),
    );
    expect(lp.numRows).toBe(2);
    expect(layout.corridorFlowRow[0]).toBe(-1);
    expect(layout.corridorMaxShareRow[0]).toBe(-1);
    expect(layout.corridorMinShareRow[0]).toBe(-1);
  });

  it('should skip arcs a demand can never use and rows of nodes it cannot touch', () => {
    // A→B serves the demand; B→C leads nowhere back; D→A cannot be reached from A.
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B', 'C', 'D'],
        links: [link('A', 'B', 1), link('B', 'C', 1), link('D', 'A', 1)],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 1 }],
      }),
    );
    expect(layout.pruning).toBe('reachability');
    expect(lp.numCols).toBe(1);
    expect(lp.numRows).toBe(2);
    expect(Array.from(layout.rowItem)).toEqual([0, 1]);
  });

  it('should keep arcs on a cycle through a lower-bounded gate for every demand', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B', 'C', 'E'],
        links: [link('A', 'B', 1), link('C', 'E', 1), link('E', 'C', 1)],
        corridors: [{ id: 'z', gates: ['CE'], minShare: 0.1 }],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 1 }],
      }),
    );
    expect(lp.numCols).toBe(3);
    // conservation at A, B, C, E and the minShare row
    expect(lp.numRows).toBe(5);
    expect(layout.corridorMinShareRow[0]).toBe(4);
  });

  it('should leave out disabled links, links touching disabled nodes and gates of disabled corridors', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'B', { id: 'X', enabled: false }],
        links: [
          link('A', 'B', 1, { id: 'off', enabled: false }),
          link('A', 'X', 1),
          link('X', 'B', 1),
          link('A', 'B', 1, { id: 'gate' }),
          link('A', 'B', 1, { id: 'open' }),
        ],
        corridors: [{ id: 'closed', gates: ['gate'], enabled: false, maxShare: 0.5 }],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 1 }],
      }),
    );
    expect(Array.from(layout.linkIsArc)).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(layout.columnItem)).toEqual([4]);
    // The closed corridor keeps its rows (F = 0 ≤ 0.5 S).
    expect(layout.corridorMaxShareRow[0]).toBeGreaterThanOrEqual(0);
    expect(lp.rowStart[layout.corridorMaxShareRow[0]! + 1]! - lp.rowStart[layout.corridorMaxShareRow[0]!]!).toBe(0);
  });

  it('should record what every row and column stands for', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: ['A', 'M', 'B'],
        links: [link('A', 'M', 1, { capacity: 5 }), link('M', 'B', 1)],
        demands: [
          { id: 'd0', from: 'A', to: 'B', volume: 1 },
          { id: 'd1', from: 'M', to: 'B', volume: 1, unmetPenalty: 3 },
        ],
      }),
      { aggregate: 'origin' },
    );
    // d0: AM, MB; d1: MB, u (merged by origin only: one commodity each)
    expect(Array.from(layout.columnCommodity)).toEqual([0, 0, 1, 1]);
    expect(Array.from(layout.columnItem)).toEqual([0, 1, 1, 1]);
    expect(Array.from(layout.columnKind)).toEqual([0, 0, 0, 1]);
    expect(Array.from(layout.commodityColumnStart)).toEqual([0, 2, 4]);
    expect(Array.from(layout.commodityFlowEnd)).toEqual([2, 3]);
    // d0 at A, M, B; d1 at M, B; capacity of AM
    expect(Array.from(layout.rowCommodity)).toEqual([0, 0, 0, 1, 1, -1]);
    expect(Array.from(layout.rowItem)).toEqual([0, 1, 2, 1, 2, 0]);
    expect(layout.rowKind[5]).toBe(ROW_KIND.linkCapacity);
    expect(lp.numRows).toBe(6);
  });

  it('should make every hard demand elastic in the shortfall build', () => {
    const { lp, layout } = buildLp(
      scenarioOf({
        nodes: [{ id: 'A', cost: 3 }, 'B'],
        links: [link('A', 'B', 10)],
        demands: [
          { id: 'hard', from: 'A', to: 'B', volume: 7 },
          { id: 'soft', from: 'A', to: 'B', volume: 2, unmetPenalty: 5 },
        ],
      }),
      BUILD_MODE.shortfall,
    );
    expect(layout.mode).toBe('shortfall');
    expect(lp.objective[layout.unmetColumn[0]!]).toBe(1);
    expect(lp.objective[layout.unmetColumn[1]!]).toBe(0);
    expect(lp.objectiveConstant).toBe(0);
    expect(lp.colUpper[layout.unmetColumn[0]!]).toBe(7);
    expect(Array.from(lp.objective).filter((c) => c !== 0)).toEqual([1]);
  });

  describe('commodities', () => {
    /** From A: two demands to B, one to C; a day on every link. */
    const fromA = (valueOfTime: readonly (number | undefined)[], days = 1) =>
      scenarioOf({
        nodes: ['A', 'M', 'B', 'C', 'Z'],
        links: [link('A', 'M', 1, { days }), link('M', 'B', 1, { days }), link('M', 'C', 2, { days }), link('Z', 'A', 1)],
        demands: valueOfTime.map((vot, k) => ({
          id: `d${k}`,
          from: 'A',
          to: k === 2 ? 'C' : 'B',
          volume: 10 * (k + 1),
          ...(vot === undefined ? {} : { valueOfTime: vot }),
        })),
      });

    it('should merge demands with one origin and one value of time into a single-source flow', () => {
      const { lp, layout } = buildLp(fromA([2, 2, 2]));
      expect(layout.numCommodities).toBe(1);
      expect(Array.from(layout.demandCommodity)).toEqual([0, 0, 0]);
      // One column per arc the commodity can use (Z→A leads into the origin: left out).
      expect(Array.from(layout.columnItem)).toEqual([0, 1, 2]);
      // link 1 + 2 × 1 day; the link into B or C adds its own cost and day.
      expect(Array.from(lp.objective)).toEqual([3, 3, 4]);
      // A supplies 10 + 20 + 30; B takes 10 + 20, C takes 30; M passes on.
      const rhs = Array.from(layout.rowItem).map((n, i) => [n, lp.rowLower[i], lp.rowUpper[i]]);
      expect(rhs).toEqual([
        [0, 60, 60],
        [1, 0, 0],
        [2, -30, -30],
        [3, -30, -30],
      ]);
      expect(layout.originRow[0]).toBe(0);
      expect([layout.destinationRow[0], layout.destinationRow[1], layout.destinationRow[2]]).toEqual([2, 2, 3]);
    });

    it('should keep demands apart whose values of time price the days differently', () => {
      const { lp, layout } = buildLp(fromA([2, undefined, 2]));
      expect(layout.numCommodities).toBe(2);
      expect(Array.from(layout.demandCommodity)).toEqual([0, 1, 0]);
      expect(Array.from(layout.commodityDemands)).toEqual([0, 2, 1]);
      // Commodity 1 (d1, value of time 0) only needs A→M→B.
      expect(Array.from(layout.columnItem.subarray(layout.commodityColumnStart[1]!))).toEqual([0, 1]);
      expect(Array.from(lp.objective.subarray(layout.commodityColumnStart[1]!))).toEqual([1, 1]);
    });

    it('should merge whatever the value of time where nothing takes days', () => {
      expect(buildLp(fromA([2, undefined, 5], 0)).layout.numCommodities).toBe(1);
    });

    it('should merge by origin alone in the diagnosis builds, where flow costs nothing', () => {
      const { layout } = buildLp(fromA([2, undefined, 5]), BUILD_MODE.shortfall);
      expect(layout.numCommodities).toBe(1);
      expect(Array.from(layout.unmetColumn).every((u) => u >= 0)).toBe(true);
    });

    it('should build one commodity per demand and every arc for each without reduce', () => {
      const { lp, layout } = buildLp(fromA([2, 2, 2]), { reduce: false });
      expect(layout.merged).toBe(false);
      expect(layout.pruning).toBe('none');
      expect(layout.numCommodities).toBe(3);
      // 4 arcs × 3 demands; Z→A everywhere, M→C only on the route of d2, M→B not on it.
      expect(lp.numCols).toBe(12);
      expect(Array.from(layout.columnOnRoute)).toEqual([1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0]);
      // Conservation at A, M, B, C, Z for each demand.
      expect(lp.numRows).toBe(15);
    });
  });

  it('should be well formed for any scenario', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), (scenario) => {
        for (const mode of Object.values(BUILD_MODE)) {
          for (const reduce of [true, false]) {
            const { lp, layout } = buildLp(scenario, { mode, reduce });
            expect(csrProblem(lp)).toBeNull();
            expect(layout.columnKind.length).toBe(lp.numCols);
            expect(layout.rowKind.length).toBe(lp.numRows);
            expect(layout.commodityColumnStart[layout.numCommodities]).toBeLessThanOrEqual(lp.numCols);
            expect(layout.commodityDemandStart[layout.numCommodities]).toBe(scenario.demands.length);
          }
        }
      }),
      { numRuns: 200, ...(seed === undefined ? {} : { seed }) },
    );
  });
});
