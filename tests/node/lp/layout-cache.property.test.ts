/**
 * `LayoutCache`: a run of scenario variants built through one cache gets,
 * for every variant, the LP and layout its own `buildLp` gives, to the last
 * bit, whether the variant kept the layout (numbers refreshed) or changed it
 * (built afresh); number edits never rebuild, and a changed layout always
 * does. What later stages keep per layout through the builds' memo (the
 * path master's structure, the pricing adjacency, the rows the served-form
 * check reads, the arcs the flow decomposition walks) is what each
 * variant's own build gives too. Each build runs in the reused scratch scope
 * a warm solver opens, so a kept array left in a scratch buffer would be
 * overwritten by the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { decompositionArcs } from '../../../src/lp/decomposition-arcs';
import { LayoutCache } from '../../../src/lp/layout-cache';
import { perLayout } from '../../../src/lp/layout-memo';
import type { LpBuild } from '../../../src/lp/lp-layout';
import { masterStructure } from '../../../src/lp/master-structure';
import { rowsHoldingUnmet } from '../../../src/lp/own-scale-violation';
import { pricingAdjacency } from '../../../src/lp/pricing-adjacency';
import { dropSpareScratch, withScratch } from '../../../src/lp/scratch';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { applyEdit, isNumberEdit, scenarioEditArbitrary, type ScenarioEdit } from './scenario-edit-arbitrary';

/** The first field where two builds differ (`Object.is` per element: −0 and NaN count), or null. */
function firstDifference(actual: LpBuild, expected: LpBuild): string | null {
  for (const part of ['lp', 'layout'] as const) {
    const a = actual[part] as unknown as Record<string, unknown>;
    const e = expected[part] as unknown as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    for (const key of keys) {
      const x = a[key];
      const y = e[key];
      if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
        const xs = x as unknown as ArrayLike<number>;
        const ys = y as unknown as ArrayLike<number>;
        if (xs.length !== ys.length) return `${part}.${key}: length ${xs.length}, built ${ys.length}`;
        for (let i = 0; i < xs.length; i++) if (!Object.is(xs[i], ys[i])) return `${part}.${key}[${i}]: ${xs[i]}, built ${ys[i]}`;
      } else if (!Object.is(x, y)) {
        return `${part}.${key}: ${String(x)}, built ${String(y)}`;
      }
    }
  }
  return null;
}

/** What later stages derive from a layout, each as plain arrays. */
const DERIVED = { masterStructure, pricingAdjacency, rowsHoldingUnmet, decompositionArcs } as const;

/** The first derived structure where `cached` (kept per layout by its memo) differs from one derived from `built`, or null. */
function firstDerivedDifference(cached: LpBuild, built: LpBuild): string | null {
  const plain = (value: unknown): unknown =>
    value === null ? null : ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)]));
  for (const [name, derive] of Object.entries(DERIVED)) {
    const kept = JSON.stringify(plain(perLayout(cached, derive as (build: LpBuild) => unknown)));
    const fresh = JSON.stringify(plain((derive as (build: LpBuild) => unknown)(built)));
    if (kept !== fresh) return `${name} differs from the one derived from the variant's own build`;
  }
  return null;
}

/** The arrays that make a build's layout (meanings and the matrix's pattern), for telling two layouts apart. */
function structureOf(build: LpBuild): string {
  const { lp, layout } = build;
  const arrays = [layout.columnKind, layout.columnCommodity, layout.columnItem, layout.rowKind, layout.rowItem, layout.rowCommodity, lp.rowStart, lp.rowIndex];
  return arrays.map((a) => Array.from(a).join(',')).join('|');
}

/**
 * Builds `base` and each edited variant through one cache, as a warm solver does (one reused scratch scope per
 * solve), and checks each against its own build; returns how many builds rebuilt and how many reused.
 */
function buildThrough(base: Scenario, edits: readonly ScenarioEdit[]): { readonly rebuilds: number; readonly reuses: number } {
  const cache = new LayoutCache();
  let scenario = base;
  let before = '';
  try {
    for (const [i, edit] of [null, ...edits].entries()) {
      if (edit !== null) scenario = applyEdit(scenario, edit);
      const rebuildsBefore = cache.rebuilds;
      withScratch(
        () => {
          const cached = cache.build(scenario);
          const built = buildLp(scenario);
          expect(firstDifference(cached, built), `variant ${i} (${edit?.kind ?? 'base'})`).toBeNull();
          expect(cached.memo, 'a cached build carries its layout\'s memo').toBeDefined();
          expect(firstDerivedDifference(cached, built), `variant ${i} (${edit?.kind ?? 'base'})`).toBeNull();
          const structure = structureOf(built);
          const rebuilt = cache.rebuilds > rebuildsBefore;
          if (edit !== null && isNumberEdit(edit)) expect(rebuilt, `a number edit (${edit.kind}) rebuilt the layout`).toBe(false);
          if (structure !== before) expect(rebuilt, `variant ${i} (${edit?.kind ?? 'base'}) changed the layout unnoticed`).toBe(true);
          before = structure;
        },
        { reuse: true, keepLarge: true },
      );
    }
  } finally {
    dropSpareScratch();
  }
  return { rebuilds: cache.rebuilds, reuses: cache.reuses };
}

describe('LayoutCache (one build per layout, numbers refreshed)', () => {
  it('should give every variant of a sequence the LP its own build gives, to the last bit, rebuilding exactly on layout changes', () => {
    let reuses = 0;
    let rebuilds = 0;
    fc.assert(
      fc.property(
        scenarioArbitrary({ nodes: { min: 2, max: 7 }, feasibleByConstruction: false, backwardLinks: true }),
        fc.array(scenarioEditArbitrary(), { minLength: 1, maxLength: 8 }),
        (base, edits) => {
          const counts = buildThrough(base, edits);
          reuses += counts.reuses;
          rebuilds += counts.rebuilds;
        },
      ),
      propertySettings(200),
    );
    // Both ways must have been taken, many times.
    expect(reuses).toBeGreaterThan(200);
    expect(rebuilds).toBeGreaterThan(300);
  });

  it('should refresh a 100-node network through a sequence of number edits, building it once', () => {
    const base = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 20 }) as Scenario;
    fc.assert(
      fc.property(fc.array(scenarioEditArbitrary({ layout: false }), { minLength: 1, maxLength: 6 }), (edits) => {
        expect(buildThrough(base, edits).rebuilds).toBe(1);
      }),
      propertySettings(15),
    );
  });
});
