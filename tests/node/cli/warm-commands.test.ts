/**
 * The command line's sweep and Monte Carlo points start from the last
 * basis: the in-process host counts its warm starts.
 */
import { describe, expect, it } from 'vitest';
import { inProcessHost } from '../../../src/cli/solver-host';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { runWithHost } from './support/fake-hosts';

/** About 5,000 LP columns: large enough for the warm path (small LPs always solve cold). */
const base = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 14 });
const swept = base.links.find((l) => l.capacity !== undefined)!;
const files = { 'grid.json': JSON.stringify(base) };

describe('warm starts on the command line', () => {
  it('should start each sweep point after the first from the last basis', async () => {
    const host = inProcessHost();
    const run = await runWithHost(['sweep', 'grid.json', '--set', `links.${swept.id}.capacity`, '--from', '0', '--to', String(swept.capacity), '--steps', '4', '--csv'], host, { files, stderrIsTTY: true });

    expect(run.code).toBe(0);
    expect(host.warmStarts?.()).toBe(3);
  });

  it('should start each Monte Carlo draw after the first from the last basis', async () => {
    const host = inProcessHost();
    const c = swept.capacity!;
    const vary = `links.${swept.id}.capacity=${0.5 * c}:${c}:${1.5 * c}`;
    const run = await runWithHost(['montecarlo', 'grid.json', '--runs', '4', '--seed', '7', '--vary', vary, '--json'], host, { files, stderrIsTTY: true });

    expect(run.code).toBe(0);
    expect(host.warmStarts?.()).toBe(3);
  });
});
