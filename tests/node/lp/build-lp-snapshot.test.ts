/**
 * The LP `buildLp` writes, byte for byte, for every shipped model, a few
 * generated grids and a fixed sample of small random scenarios, in every
 * mode, reduced and plain. The hashes were taken from the single-function
 * builder before it was split into named stages (issue 18), so the split is
 * a pure refactor; a change of formulation has to change them on purpose.
 * They hold for merging by origin (`aggregate: 'origin'`), the only merging
 * there was then.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { parseScenario, type Scenario } from '../../../src/model';
import { buildLp } from '../../../src/lp/build-lp';
import { BUILD_MODE, type BuildMode } from '../../../src/lp/lp-layout';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

const MODELS = new URL('../../../models/', import.meta.url);
/** Layout fields added after the hashes were taken (merging by destination, tested in commodities-by-cover.test.ts). */
const ADDED_SINCE = new Set(['commodityDestination']);

/** sha256 of every array and number of the build, in a fixed order. */
function buildHash(scenario: Scenario, mode: BuildMode, reduce: boolean): string {
  const { lp, layout } = buildLp(scenario, { mode, reduce, aggregate: 'origin' });
  const hash = createHash('sha256');
  const add = (name: string, value: unknown): void => {
    hash.update(name);
    if (ArrayBuffer.isView(value)) hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    else hash.update(JSON.stringify(value) ?? 'undefined');
  };
  for (const [name, value] of Object.entries(lp).sort(([a], [b]) => a.localeCompare(b))) add(name, value);
  for (const [name, value] of Object.entries(layout).sort(([a], [b]) => a.localeCompare(b))) {
    if (!ADDED_SINCE.has(name)) add(name, value);
  }
  return hash.digest('hex').slice(0, 16);
}

function modelScenarios(): [string, Scenario][] {
  return readdirSync(MODELS)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const outcome = parseScenario(readFileSync(new URL(file, MODELS), 'utf8'));
      if (!outcome.ok) throw new Error(`model ${file} does not parse`);
      return [file, outcome.scenario] as [string, Scenario];
    });
}

function generatedScenarios(): [string, Scenario][] {
  return [
    ['grid 6×6, 8 demands', generateScenario({ seed: 3, width: 6, height: 6, demands: 8 }) as Scenario],
    ['grid 8×5, 12 demands by 3', generateScenario({ seed: 7, width: 8, height: 5, demands: 12, demandsPerOrigin: 3 }) as Scenario],
    ['grid 10×10, 20 demands', generateScenario({ seed: 11, width: 10, height: 10, demands: 20 }) as Scenario],
  ];
}

function randomScenarios(): [string, Scenario][] {
  return fc.sample(smallScenarioArbitrary(), { seed: 20261205, numRuns: 40 }).map((s, i) => [`random ${i}`, s]);
}

describe('buildLp', () => {
  it('should write the same LP and layout as before the split into stages', () => {
    const hashes: Record<string, string> = {};
    for (const [name, scenario] of [...modelScenarios(), ...generatedScenarios(), ...randomScenarios()]) {
      for (const mode of Object.values(BUILD_MODE)) {
        for (const reduce of [true, false]) hashes[`${name} ${mode}${reduce ? '' : ' plain'}`] = buildHash(scenario, mode, reduce);
      }
    }
    expect(hashes).toMatchSnapshot();
  });
});
