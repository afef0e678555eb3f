/**
 * The conservation rows `buildLp` writes straight in CSR (`OrderedRows`)
 * hold exactly the entries the spec's formulation gives, read back from the
 * layout alone and merged as `SparseRows` merges entries that come in any
 * order: +1 at a flow column's tail, −1 at its head, u_k +1 at its origin's
 * row and −1 at its destination's. build-lp-snapshot.test.ts holds the
 * by-origin builds to their hashes; this holds every merging, every mode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND, type LpBuild } from '../../../src/lp/lp-layout';
import { SparseRows } from '../../../src/lp/sparse-rows';
import { NONE } from '../../../src/lp/scenario-arrays';
import { propertySettings } from '../../support/property-settings';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

/** Each conservation row's entries as `column:value` text, from the layout by the formulation's definition. */
function expectedRows(build: LpBuild): string[] {
  const { lp, layout } = build;
  const rowOf = new Map<string, number>();
  for (let i = 0; i < lp.numRows; i++) if (layout.rowKind[i] === ROW_KIND.conservation) rowOf.set(`${layout.rowCommodity[i]}@${layout.rowItem[i]}`, i);
  const entries = new SparseRows();
  for (let j = 0; j < lp.numCols; j++) {
    const c = layout.columnCommodity[j]!;
    if (layout.columnKind[j] === COLUMN_KIND.flow) {
      const l = layout.columnItem[j]!;
      entries.push(rowOf.get(`${c}@${layout.linkFrom[l]}`)!, j, 1);
      entries.push(rowOf.get(`${c}@${layout.linkTo[l]}`)!, j, -1);
    } else if (layout.columnKind[j] === COLUMN_KIND.unmet) {
      const k = layout.columnItem[j]!;
      if (layout.originRow[k] !== NONE) entries.push(layout.originRow[k]!, j, 1);
      if (layout.destinationRow[k] !== NONE) entries.push(layout.destinationRow[k]!, j, -1);
    }
  }
  return rowsText(entries.toCsr(lp.numRows, lp.numCols), build);
}

function rowsText(csr: { readonly rowStart: Int32Array; readonly rowIndex: Int32Array; readonly rowValue: Float64Array }, build: LpBuild): string[] {
  const rows: string[] = [];
  for (let i = 0; i < build.lp.numRows; i++) {
    if (build.layout.rowKind[i] !== ROW_KIND.conservation) continue;
    const row: string[] = [];
    for (let p = csr.rowStart[i]!; p < csr.rowStart[i + 1]!; p++) row.push(`${csr.rowIndex[p]}:${csr.rowValue[p]}`);
    rows.push(`row ${i}: ${row.join(' ')}`);
  }
  return rows;
}

describe('buildLp conservation rows', () => {
  it('should hold +1 at each column’s tail or origin and −1 at its head or destination, in column order, for every merging and mode', () => {
    fc.assert(
      fc.property(
        smallScenarioArbitrary(),
        fc.constantFrom(BUILD_MODE.cost, BUILD_MODE.shortfall, BUILD_MODE.bounds),
        fc.constantFrom('cover' as const, 'origin' as const),
        fc.boolean(),
        (scenario, mode, aggregate, reduce) => {
          const build = buildLp(scenario, { mode, aggregate, reduce });
          expect(rowsText(build.lp, build)).toEqual(expectedRows(build));
        },
      ),
      propertySettings(200),
    );
  });
});
