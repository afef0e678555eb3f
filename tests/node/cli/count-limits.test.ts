import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_STEPS } from '../../../src/analysis/limits';
import { MAX_SWEEP_STEPS as APP_MAX_SWEEP_STEPS } from '../../../src/app/analyses/sweep-panel';
import { MAX_RUNS } from '../../../src/cli/parse-args';
import { runInProcess } from './support/run-in-process';
import { json, TWO_ROUTES } from './support/scenarios';

const files = { 'two-routes.json': json(TWO_ROUTES) };
const sweep = (steps: string) => ['sweep', 'two-routes.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '1', '--steps', steps];

describe('counts on the command line', () => {
  it('should bound sweep --steps by the app`s own bound, 1,000', () => {
    expect(MAX_SWEEP_STEPS).toBe(1000);
    expect(APP_MAX_SWEEP_STEPS).toBe(MAX_SWEEP_STEPS);
  });

  it.each([['1001'], ['1e9'], ['4294967296'], ['1e300']])(
    'should refuse sweep --steps %s as a usage error (exit 2), before reading the file or allocating anything',
    async (steps) => {
      const run = await runInProcess(sweep(steps), { files });
      expect(run).toEqual({ code: 2, stdout: '', stderr: `--steps: expected an integer from 1 to 1000, got "${steps}"\n` });
    },
  );

  it('should accept sweep --steps 1000', async () => {
    const run = await runInProcess([...sweep('1000'), '--csv'], { files });
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1001);
  });

  it.each([
    ['montecarlo --runs', ['montecarlo', 'two-routes.json', '--seed', '1', '--runs']],
    ['check --runs', ['check', 'two-routes.json', '--runs']],
  ])('should refuse %s over its bound as a usage error (exit 2)', async (_, argv) => {
    for (const runs of [String(MAX_RUNS + 1), '1e12']) {
      const run = await runInProcess([...argv, runs], { files });
      expect(run).toEqual({ code: 2, stdout: '', stderr: `--runs: expected an integer from 1 to ${MAX_RUNS}, got "${runs}"\n` });
    }
  });
});
