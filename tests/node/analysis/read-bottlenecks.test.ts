/**
 * One rule for what binds and which unused links are closest to being used
 * (src/analysis/read-bottlenecks.ts), and the app's panel and
 * `corridor-flow solve` both saying exactly what it says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readBottlenecks } from '../../../src/analysis/read-bottlenecks';
import { bottlenecks } from '../../../src/components/corridor-bottlenecks/bottleneck-items';
import type { Result } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { model } from '../cli/support/models';
import { runInProcess } from '../cli/support/run-in-process';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const MODELS = ['caspian-2024', 'caspian-2030', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed', 'caspian-2030-russia-closed', 'caspian-2030-both-closed', 'caspian-grain-armenia', 'teaching-two-routes', 'teaching-soft-demand', 'teaching-share-cap'];

/** The link ids of the CLI's "Unused links, closest to being used first" table, in order. */
function cliUnusedLinks(table: string): string[] {
  const section = table.split('\nUnused links, closest to being used first\n')[1]!.split('\n\n')[0]!;
  return section
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith('  ') && !line.startsWith('  none') && !line.startsWith('  …'))
    .map((line) => line.trim().split(/\s+/)[0]!);
}

describe('readBottlenecks', () => {
  it('should not call a link at reduced cost 0, or a binding one, closest unused (caspian-2030)', () => {
    const { scenario } = model('caspian-2030');
    const result = solver.solve(scenario);
    const reading = readBottlenecks(result);
    const binding = new Set(reading.binding.map((b) => `${b.kind}:${b.id}`));
    // tripp-meghri: capacity 0, worth 4.93 USD/t: binding, although it carries nothing at reduced cost 0.
    expect(binding.has('link:tripp-meghri')).toBe(true);
    expect(reading.closestUnused.map((u) => u.id)).not.toContain('tripp-meghri');
    for (const u of reading.closestUnused) expect(u.reducedCost).toBeGreaterThan(1e-6);
    // Alternatives at reduced cost 0 in this model (e.g. the Nakhchivan line behind the zero-capacity TRIPP section).
    expect(result.links.find((l) => l.id === 'nakhchivan-line')?.reducedCost).toBe(0);
    expect(reading.closestUnused.map((u) => u.id)).not.toContain('nakhchivan-line');
    expect(reading.closestUnused[0]?.id).toBe('btk-gardabani-kars');
  });

  it('should read nothing from a result that is not optimal', () => {
    const result = { status: 'infeasible', links: [{ id: 'a', flow: 0, utilisation: 0, marginalValue: 3, reducedCost: 2 }], nodes: [], corridors: [] };
    expect(readBottlenecks(result as unknown as Result)).toEqual({ binding: [], closestUnused: [] });
  });

  it('should count a full link worth nothing as binding and a tiny positive reduced cost as unused', () => {
    const result = {
      status: 'optimal',
      served: 10,
      links: [
        { id: 'full', flow: 10, utilisation: 1, marginalValue: 0, reducedCost: 0 },
        { id: 'tied', flow: 0, utilisation: 0, marginalValue: 0, reducedCost: 1e-9 },
        { id: 'close', flow: 0, utilisation: null, marginalValue: 0, reducedCost: 0.5 },
        { id: 'far', flow: 0, utilisation: null, marginalValue: 0, reducedCost: 7 },
      ],
      nodes: [],
      corridors: [],
    };
    const reading = readBottlenecks(result as unknown as Result);
    expect(reading.binding.map((b) => b.id)).toEqual(['full']);
    expect(reading.closestUnused.map((u) => u.id)).toEqual(['close', 'far']);
  });
});

describe('the app and the command line', () => {
  it.each(MODELS)('should list the same binding items and closest unused links for %s', async (name) => {
    const { path, scenario } = model(name);
    const result = solver.solve(scenario);
    const app = bottlenecks(scenario, result);
    const run = await runInProcess(['solve', path]);
    expect(run.code).toBe(0);
    const shown = cliUnusedLinks(run.stdout);
    const expected = app.unused.map((u) => u.id);
    // The CLI prints at most 15 rows; the rest are counted.
    expect(shown).toEqual(expected.slice(0, 15));
    expect(new Set(app.binding.map((b) => `${b.kind}:${b.id}`))).toEqual(new Set(readBottlenecks(result).binding.map((b) => `${b.kind}:${b.id}`)));
  });
});
