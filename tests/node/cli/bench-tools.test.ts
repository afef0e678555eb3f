import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { writeMps } from '../../../scripts/write-mps.js';
import { buildLp } from '../../../src/lp/build-lp';
import { parseScenario } from '../../../src/model/parse-scenario';
import { createSolver } from '../../../src/solver/create-solver';
import { closeTo } from '../../support/tolerance';

const hasGlpsol = spawnSync('glpsol', ['--version']).status === 0;

describe('generateScenario (the benchmark scenarios)', () => {
  it('should give the same scenario for the same seed and another for another seed', () => {
    const a = JSON.stringify(generateScenario({ seed: 7, width: 6, height: 6, demands: 5 }));
    expect(JSON.stringify(generateScenario({ seed: 7, width: 6, height: 6, demands: 5 }))).toBe(a);
    expect(JSON.stringify(generateScenario({ seed: 8, width: 6, height: 6, demands: 5 }))).not.toBe(a);
  });

  it('should be valid, without warnings (gates are cuts), and solve to optimal', async () => {
    const parsed = parseScenario(generateScenario({ seed: 3, width: 8, height: 8, demands: 6 }));
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    if (!parsed.ok) return;
    const result = (await createSolver()).solve(parsed.scenario);
    expect(result.status).toBe('optimal');
    // Every demand goes west to east across the gated boundary: shares add up to 1.
    const total = result.corridors.reduce((s, c) => s + c.share, 0) + result.other.share;
    expect(closeTo(total, 1, 1e-9)).toBe(true);
  });
});

describe('writeMps', () => {
  it.skipIf(!hasGlpsol)('should write an LP that native glpsol solves to the objective glpk.js finds', async () => {
    const parsed = parseScenario(generateScenario({ seed: 5, width: 6, height: 6, demands: 4 }));
    if (!parsed.ok) throw new Error('generated scenario is invalid');
    const { lp } = buildLp(parsed.scenario);
    const ours = (await createSolver()).solveLp(lp);
    const dir = mkdtempSync(join(tmpdir(), 'corridor-flow-mps-'));
    try {
      writeFileSync(join(dir, 'lp.mps'), writeMps(lp));
      const run = spawnSync('glpsol', ['--freemps', join(dir, 'lp.mps'), '--write', join(dir, 'lp.sol')], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      // Raw solution header: "s bas <rows> <cols> <primal status> <dual status> <objective>".
      const header = readFileSync(join(dir, 'lp.sol'), 'utf8').split('\n').find((l) => l.startsWith('s '))!.split(/\s+/);
      expect(header.slice(0, 6)).toEqual(['s', 'bas', String(lp.numRows), String(lp.numCols), 'f', 'f']);
      expect(closeTo(Number(header[6]), ours.objective, 1e-9)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
