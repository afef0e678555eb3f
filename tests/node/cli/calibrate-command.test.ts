import { describe, it, expect } from 'vitest';
import { runInProcess } from './support/run-in-process';
import { model } from './support/models';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { CalibrationResult } from '../../../src/calibrate/types';

describe('corridor-flow calibrate', () => {
  it('should print the change, the figure before and after, and write a valid calibrated scenario with --out', async () => {
    const { path } = model('teaching-calibrate-split');
    const written = new Map<string, string>();

    const run = await runInProcess(['calibrate', path, '--out', 'calibrated.json'], { written });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(': calibrated');
    expect(run.stdout).toMatch(/links\.land-leg\.cost\s+15\.00\s+5\.01/);
    expect(run.stdout).toMatch(/corridors\.land\.flow\s+2024\s+40\s+0\s+-100\.0 %\s+40\s+0\.0 %/);
    expect(run.stdout).toContain('Calibrated scenario written to calibrated.json');
    const parsed = parseScenario(written.get('calibrated.json')!);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it('should exit 1 and name the observations that cannot hold, with how much they miss by', async () => {
    const { path } = model('teaching-calibrate-inconsistent');

    const run = await runInProcess(['calibrate', path, '--json']);

    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as CalibrationResult;
    expect(result.status).toBe('inconsistent');
    expect(result.conflicts.map((c) => [c.of, c.missBy])).toEqual([
      ['links.sea-leg.flow', 20],
      ['links.border-rail.flow', 10],
    ]);
    expect(result.scenario).not.toBeNull();
  });

  it('should show the observations beside the model in solve, after the split', async () => {
    const { path } = model('teaching-calibrate-split');

    const run = await runInProcess(['solve', path]);

    expect(run.code).toBe(0);
    expect(run.stdout.indexOf('Observed, beside the model')).toBeGreaterThan(run.stdout.indexOf('Corridor split'));
    expect(run.stdout).toMatch(/corridors\.land\.flow\s+2024\s+40\s+0\s+-40\s+-100\.0 %/);
  });

  it('should refuse a time limit that is not a positive number (exit 2)', async () => {
    const run = await runInProcess(['calibrate', 'x.json', '--time-limit', '0']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--time-limit: expected a number of seconds > 0, got "0"');
  });
});
