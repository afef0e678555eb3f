import { describe, expect, it } from 'vitest';
import { sweep } from '../../../src/analysis/sweep';
import { getParameter } from '../../../src/model/parameter-path';
import type { Result, Scenario } from '../../../src/model/types';
import { TWO_ROUTES } from './support/scenarios';

/** A stand-in solver that records what it was given and answers with the parameter as the objective. */
function recordingSolve(path: string) {
  const seen: Scenario[] = [];
  const solve = (scenario: Scenario): Result => {
    seen.push(scenario);
    return { objective: getParameter(scenario, path) } as unknown as Result;
  };
  return { seen, solve };
}

describe('sweep', () => {
  it('should solve once per value, in order, with the parameter set to that value', async () => {
    const { seen, solve } = recordingSolve('links.kz-az.cost');
    const outcome = await sweep(TWO_ROUTES, 'links.kz-az.cost', [10, 20, 30], solve);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.sweep.parameter).toBe('links.kz-az.cost');
    expect(outcome.sweep.points.map((p) => [p.value, p.result.objective])).toEqual([[10, 10], [20, 20], [30, 30]]);
    expect(seen).toHaveLength(3);
  });

  it('should leave the scenario it was given unchanged', async () => {
    const before = JSON.stringify(TWO_ROUTES);
    await sweep(TWO_ROUTES, 'links.kz-az.cost', [1, 2], recordingSolve('links.kz-az.cost').solve);
    expect(JSON.stringify(TWO_ROUTES)).toBe(before);
  });

  it('should set an optional field that is absent (a link of unlimited capacity)', async () => {
    const { solve } = recordingSolve('links.az-tr.capacity');
    const outcome = await sweep(TWO_ROUTES, 'links.az-tr.capacity', [5], solve);
    expect(outcome.ok && outcome.sweep.points[0]!.result.objective).toBe(5);
  });

  it('should accept an async solve (a worker) as well as a sync one', async () => {
    const { solve } = recordingSolve('demands.grain.volume');
    const outcome = await sweep(TWO_ROUTES, 'demands.grain.volume', [1, 2], async (s) => solve(s));
    expect(outcome.ok && outcome.sweep.points.map((p) => p.result.objective)).toEqual([1, 2]);
  });

  it('should report an unknown path as data under "parameter" and solve nothing', async () => {
    const { seen, solve } = recordingSolve('x');
    const outcome = await sweep(TWO_ROUTES, 'links.atlantis.capacity', [1], solve);
    expect(outcome).toEqual({ ok: false, errors: [{ path: 'parameter', message: expect.stringContaining('unknown parameter "links.atlantis.capacity"') }] });
    expect(seen).toHaveLength(0);
  });

  it('should validate every value before solving any, naming the field and the value', async () => {
    const { seen, solve } = recordingSolve('corridors.titr.maxShare');
    const outcome = await sweep(TWO_ROUTES, 'corridors.titr.maxShare', [0.5, 1.5, 2], solve);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path)).toEqual(['corridors[0].maxShare', 'corridors[0].maxShare']);
    expect(outcome.errors[0]!.message).toMatch(/\(with corridors\.titr\.maxShare = 1\.5\)$/);
    expect(seen).toHaveLength(0);
  });

  it('should stop between solves when aborted and report each point as it is solved', async () => {
    const controller = new AbortController();
    const reported: number[] = [];
    const { solve } = recordingSolve('links.kz-az.cost');
    const outcome = await sweep(TWO_ROUTES, 'links.kz-az.cost', [1, 2, 3, 4], solve, {
      signal: controller.signal,
      onPoint: (point, index, count) => {
        reported.push(point.value);
        expect(count).toBe(4);
        if (index === 1) controller.abort();
      },
    });
    expect(reported).toEqual([1, 2]);
    expect(outcome.ok && outcome.sweep.points.map((p) => p.value)).toEqual([1, 2]);
  });
});
