import { beforeAll, describe, expect, it } from 'vitest';
import type { Sweep } from '../../../src/analysis/sweep';
import { setParameter } from '../../../src/model/parameter-path';
import type { Result } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { json, TWO_ROUTES } from './support/scenarios';
import { runInProcess } from './support/run-in-process';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const files = { 'two-routes.json': json(TWO_ROUTES) };
const SWEEP = ['sweep', 'two-routes.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '5'];

/** A single solve of TWO_ROUTES with the Caspian capacity at `capacity`. */
function singleSolve(capacity: number): Result {
  return solver.solve(setParameter(TWO_ROUTES, 'links.kz-az.capacity', capacity));
}

describe('corridor-flow sweep --csv', () => {
  it('should print the header value,objective,served,unmet,<corridor ids>,other', async () => {
    const run = await runInProcess([...SWEEP, '--csv'], { files });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('value,objective,served,unmet,titr,iran,other');
  });

  it('should print one row per evenly spaced value, each equal to a single solve at that value', async () => {
    const run = await runInProcess([...SWEEP, '--csv'], { files });
    const rows = run.stdout.trimEnd().split('\n').slice(1).map((r) => r.split(',').map(Number));
    expect(rows.map((r) => r[0])).toEqual([0, 25, 50, 75, 100]);
    for (const [value, objective, served, unmet, titr, iran, other] of rows) {
      const single = singleSolve(value!);
      expect(single.status).toBe('optimal');
      expect(closeTo(objective!, single.objective, 1e-12)).toBe(true);
      expect(closeTo(served!, single.served, 1e-12)).toBe(true);
      expect(closeTo(unmet!, single.unmet, 1e-12)).toBe(true);
      expect(closeTo(titr!, single.corridors.find((c) => c.id === 'titr')!.share, 1e-12)).toBe(true);
      expect(closeTo(iran!, single.corridors.find((c) => c.id === 'iran')!.share, 1e-12)).toBe(true);
      expect(closeTo(other!, single.other.share, 1e-12)).toBe(true);
    }
  });

  it('should move the split as worked out by hand: TITR carries min(capacity, 100) t/yr', async () => {
    const run = await runInProcess([...SWEEP, '--csv'], { files });
    const titrShares = run.stdout.trimEnd().split('\n').slice(1).map((r) => Number(r.split(',')[4]));
    // TITR (50 USD/t) is cheaper than Iran (65 USD/t), so it fills up to its capacity.
    expect(titrShares.map((s) => Math.round(s * 1e9) / 1e9)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('should leave every cell but the value empty where a point is not optimal, and exit 1', async () => {
    // A 100 t/yr hard demand with Iran capped at 40 t/yr: feasible only once TITR carries ≥ 60.
    const capped = { ...TWO_ROUTES, links: TWO_ROUTES.links.map((l) => (l.id === 'kz-ir' ? { ...l, capacity: 40 } : l)) };
    const run = await runInProcess(['sweep', '-', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '3', '--csv'], {
      stdin: json(capped),
    });
    expect(run.code).toBe(1);
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows[1]).toBe('0,,,,,,');
    expect(rows[2]).toBe('50,,,,,,');
    expect(rows[3]!.startsWith('100,')).toBe(true);
    expect(rows[3]).not.toContain(',,');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('links.kz-az.capacity = '))).toHaveLength(2);
  });
});

describe('corridor-flow sweep --json', () => {
  it('should print { parameter, points: [{ value, result }] } with the results of single solves', async () => {
    const run = await runInProcess([...SWEEP, '--json'], { files });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Sweep;
    expect(Object.keys(printed)).toEqual(['parameter', 'points']);
    expect(printed.parameter).toBe('links.kz-az.capacity');
    expect(printed.points.map((p) => p.value)).toEqual([0, 25, 50, 75, 100]);
    for (const { value, result } of printed.points) {
      const single = JSON.parse(JSON.stringify(singleSolve(value))) as Result;
      expect({ ...result, solver: { ...result.solver, ms: 0 } }).toEqual({ ...single, solver: { ...single.solver, ms: 0 } });
    }
  });

  it('should solve only the value a when --steps is 1', async () => {
    const run = await runInProcess(['sweep', 'two-routes.json', '--set', 'links.kz-az.cost', '--from', '42', '--to', '99', '--steps', '1', '--json'], { files });
    expect((JSON.parse(run.stdout) as Sweep).points.map((p) => p.value)).toEqual([42]);
  });
});

describe('corridor-flow sweep (table)', () => {
  it('should print one readable line per value', async () => {
    const run = await runInProcess(SWEEP, { files });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Two routes: sweep of links.kz-az.capacity over 5 values');
    expect(lines).toHaveLength(2 + 5);
    // 25 t/yr of 100 via TITR at capacity 25: see the hand calculation above.
    expect(lines[3]).toMatch(/^ +25 +optimal +.* 25\.0 % +75\.0 % +0\.0 %$/);
  });
});

describe('corridor-flow sweep with bad input', () => {
  it('should name an unknown parameter path under --set, exit 2, solving nothing', async () => {
    const run = await runInProcess(['sweep', 'two-routes.json', '--set', 'links.nowhere.capacity', '--from', '0', '--to', '1', '--steps', '2'], { files });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^--set: unknown parameter "links\.nowhere\.capacity"/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('should name the field a swept value makes invalid, exit 2, solving nothing', async () => {
    const run = await runInProcess(['sweep', 'two-routes.json', '--set', 'links.kz-az.capacity', '--from', '-10', '--to', '10', '--steps', '3', '--csv'], { files });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // kz-az is links[0]; only -10 is out of range.
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^links\[0\]\.capacity: .*\(with links\.kz-az\.capacity = -10\)$/)]);
  });
});
