import { beforeAll, describe, expect, it } from 'vitest';
import { resilience } from '../../../src/analysis/resilience';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import { resilienceCommand } from '../../../src/cli/resilience-command';
import type { ResilienceSummary } from '../../../src/analysis/summarize-resilience';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { model } from './support/models';
import { cellValue, csvRounded, parseCsv } from './support/parse-csv';
import { captureIo, runInProcess } from './support/run-in-process';
import { json, TOO_LITTLE_CAPACITY, TWO_MISTAKES, TWO_ROUTES } from './support/scenarios';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

async function inProcess(scenario: Scenario) {
  return resilience(scenario, solveManySequential((s) => solver.solve(s)));
}

describe('corridor-flow resilience --json', () => {
  it.each(['teaching-two-routes', 'teaching-share-cap', 'teaching-soft-demand', 'caspian-2030', 'caspian-2030-iran-closed', 'caspian-2030-tripp-built'])(
    'should print the numbers resilience gives in process for %s, in its order',
    async (name) => {
      const { path, scenario } = model(name);
      const run = await runInProcess(['resilience', path, '--json']);
      expect(run.code).toBe(0);
      const printed = JSON.parse(run.stdout) as ResilienceSummary;
      const expected = await inProcess(scenario);
      expect(printed.closures).toEqual(
        expected.closures.map((c, i) => ({
          rank: i + 1,
          kind: c.kind,
          id: c.id,
          status: c.status,
          costIncrease: c.costIncrease,
          unmetIncrease: c.unmetIncrease,
          damage: c.damage,
          lostLoad: c.hardUnmet,
        })),
      );
      expect(printed.mostDamaging).toEqual(printed.closures[0]);
      expect(printed.mostDamaging?.id).toBe(expected.mostDamaging?.id);
      expect(printed.priceOfDiversification).toBe(expected.priceOfDiversification);
      expect(printed.base).toEqual({ status: 'optimal', objective: expected.base.objective, served: expected.base.served, unmet: expected.base.unmet });
      expect(printed.withoutShareBounds).toEqual({ status: expected.withoutShareBounds.status, objective: expected.withoutShareBounds.objective });
    },
  );

  it('should rank the closures of the two-route teaching model as worked out by hand', async () => {
    const run = await runInProcess(['resilience', model('teaching-two-routes').path, '--json']);
    const printed = JSON.parse(run.stdout) as ResilienceSummary;
    // Base: 60 t/yr by sea at 20 USD/t, 40 by land at 30: 2,400 USD/yr. Closing anything on the
    // land route leaves 40 t/yr of the hard 100 unservable (the sea leg takes 60); closing the sea
    // route sends all 100 by land: 3,000, +600. Ties go by id. The damage of a land closure: 60 by sea (1,200) and
    // 40 lost at the default value of lost load, 1,000 USD/t (40,000), minus the base 2,400: 38,800 USD/yr.
    expect(printed.valueOfLostLoad).toBe(1000);
    expect(printed.closures.map((c) => [c.kind, c.id, c.status, c.damage, c.costIncrease, c.unmetIncrease, c.lostLoad])).toEqual([
      ['link', 'border-rail', 'infeasible', expect.closeTo(38_800, 6), null, expect.closeTo(40, 6), expect.closeTo(40, 6)],
      ['corridor', 'land', 'infeasible', expect.closeTo(38_800, 6), null, expect.closeTo(40, 6), expect.closeTo(40, 6)],
      ['link', 'land-leg', 'infeasible', expect.closeTo(38_800, 6), null, expect.closeTo(40, 6), expect.closeTo(40, 6)],
      ['link', 'port-rail', 'optimal', expect.closeTo(600, 6), expect.closeTo(600, 6), 0, 0],
      ['corridor', 'sea', 'optimal', expect.closeTo(600, 6), expect.closeTo(600, 6), 0, 0],
      ['link', 'sea-leg', 'optimal', expect.closeTo(600, 6), expect.closeTo(600, 6), 0, 0],
    ]);
    expect(printed.priceOfDiversification).toBe(0);
  });

  it('should rank by damage at the value of lost load given, so a cheap one can put a large reroute first', async () => {
    // At 10 USD/t a lost tonne costs less than carrying it by sea (20 USD/t): with the land route closed nothing is
    // carried, 100 × 10 − 2,400 = −1,400 USD/yr, a saving on paper; the +600 sea closures now rank above it.
    const run = await runInProcess(['resilience', model('teaching-two-routes').path, '--json', '--value-of-lost-load', '10']);
    const printed = JSON.parse(run.stdout) as ResilienceSummary;
    expect(printed.valueOfLostLoad).toBe(10);
    expect(printed.closures.map((c) => [c.id, c.damage])).toEqual([
      ['port-rail', expect.closeTo(600, 6)],
      ['sea', expect.closeTo(600, 6)],
      ['sea-leg', expect.closeTo(600, 6)],
      ['border-rail', expect.closeTo(-1400, 6)],
      ['land', expect.closeTo(-1400, 6)],
      ['land-leg', expect.closeTo(-1400, 6)],
    ]);
  });

  it('should rank the Caspian 2030 closure that leaves 5 Mt/yr unserved (USD 2.2 bn/yr) first, with no hard demand ever lost', async () => {
    const printed = JSON.parse((await runInProcess(['resilience', model('caspian-2030').path, '--json'])).stdout) as ResilienceSummary;
    // From `npx corridor-flow resilience models/caspian-2030.json --json` on the rebuilt model (with its fourth
    // corridor, northern via Russia): closing `northern` leaves 5,045,750 t/yr unserved and costs
    // 2,221,884,757 USD/yr more than the base 2,613,597,027.5, ahead of the link dostyk-kz-ru (2,354,950 t/yr,
    // 1,895,114,277 USD/yr). The rebuilt model has no hard demand, so no closure is infeasible or loses any.
    expect(printed.closures[0]).toMatchObject({
      kind: 'corridor',
      id: 'northern',
      status: 'optimal',
      unmetIncrease: expect.closeTo(5_045_750, 0),
      damage: expect.closeTo(2_221_884_757, 0),
    });
    expect(printed.closures[1]).toMatchObject({ kind: 'link', id: 'dostyk-kz-ru', status: 'optimal', unmetIncrease: expect.closeTo(2_354_950, 0) });
    expect(printed.closures.filter((c) => c.status !== 'optimal').map((c) => c.id)).toEqual([]);
    for (const c of printed.closures) expect(c.lostLoad, c.id).toBe(0);
    for (const [a, b] of printed.closures.slice(1).map((c, i) => [printed.closures[i]!, c] as const)) expect(a.damage!, `${a.id} before ${b.id}`).toBeGreaterThanOrEqual(b.damage!);
  });

  it('should refuse a value of lost load that is not a price', async () => {
    const run = await runInProcess(['resilience', model('teaching-two-routes').path, '--value-of-lost-load', '-5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--value-of-lost-load: expected USD per tonne, 0 or more, got -5$/m);
  });

  it('should price the share cap of the teaching model as worked out by hand', async () => {
    const run = await runInProcess(['resilience', model('teaching-share-cap').path, '--json']);
    const printed = JSON.parse(run.stdout) as ResilienceSummary;
    // Corridor a (20 USD/t) may carry 70 % of 200 t/yr, b (26 USD/t) the rest: 4,360 USD/yr;
    // without the cap all 200 go by a: 4,000. The cap costs 360 USD/yr.
    expect(printed.priceOfDiversification).toBeCloseTo(360, 6);
    expect(printed.withoutShareBounds.objective).toBeCloseTo(4000, 6);
  });
});

describe('corridor-flow resilience --csv', () => {
  it('should print rank,kind,id,status,costIncrease,unmetIncrease,damage,lostLoad, one row per closure as --json ranks them', async () => {
    const { path } = model('caspian-2030');
    const [csv, jsonRun] = await Promise.all([runInProcess(['resilience', path, '--csv']), runInProcess(['resilience', path, '--json'])]);
    expect(csv.code).toBe(0);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(header).toEqual(['rank', 'kind', 'id', 'status', 'costIncrease', 'unmetIncrease', 'damage', 'lostLoad']);
    const printed = JSON.parse(jsonRun.stdout) as ResilienceSummary;
    expect(
      rows.map(([rank, kind, id, status, cost, unmet, damage, lostLoad]) => ({
        rank: Number(rank),
        kind,
        id,
        status,
        costIncrease: cellValue(cost!),
        unmetIncrease: cellValue(unmet!),
        damage: cellValue(damage!),
        lostLoad: cellValue(lostLoad!),
      })),
    ).toEqual(
      // The CSV writes each figure by the one CSV rule (src/analysis/csv-number.ts: ten significant digits), so
      // 1,213,709,494.5 USD/yr is written 1213709495; --json keeps the full figure. Compare against that rule.
      printed.closures.map((c) => ({
        ...c,
        costIncrease: csvRounded(c.costIncrease),
        unmetIncrease: csvRounded(c.unmetIncrease),
        damage: csvRounded(c.damage),
        lostLoad: csvRounded(c.lostLoad),
      })),
    );
  });
});

describe('corridor-flow resilience (table)', () => {
  it('should show the base, the ranked closures, the most damaging one and the price of diversification', async () => {
    const run = await runInProcess(['resilience', model('teaching-share-cap').path]);
    expect(run.code).toBe(0);
    // Numbers from the hand calculation of the --json test above; closing b leaves a alone, which may carry only 70 % of what is served.
    expect(run.stdout).toMatch(/^ {2}base: optimal, generalised cost \(money \+ time valued\) 4,360 USD\/yr, unmet 0 t\/yr$/m);
    // Closing b: nothing may be served (a alone would carry 100 %, over its 70 % cap), so 200 t/yr lost at
    // 1,000 USD/t: 200,000 − 4,360 = 195,640 USD/yr of damage.
    expect(run.stdout).toMatch(/^ +1 +corridor +b +infeasible +195,640 +– +200$/m);
    expect(run.stdout).toMatch(/^ +4 +corridor +a +optimal +840 +840 +0$/m);
    expect(run.stdout).toContain(
      '\nMost damaging single closure: corridor b, infeasible: 200 t/yr of hard demand cannot be served; damage +195,640 USD/yr with it at the value of lost load\n',
    );
    expect(run.stdout).toMatch(/^Price of diversification: 360 USD\/yr /m);
  });
});

describe('corridor-flow resilience exit codes', () => {
  it('should exit 1 when the base scenario is not optimal, saying why on stderr', async () => {
    const run = await runInProcess(['resilience', '-', '--json'], { stdin: json(TOO_LITTLE_CAPACITY) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^base scenario: infeasible: .+$/m);
    expect((JSON.parse(run.stdout) as ResilienceSummary).base).toEqual({ status: 'infeasible', objective: null, served: null, unmet: null });
  });

  it('should exit 0 although closures are infeasible: they are findings', async () => {
    const run = await runInProcess(['resilience', '-', '--csv'], { stdin: json(TWO_ROUTES) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('should report every error with its path and exit 2, solving nothing', async () => {
    const run = await runInProcess(['resilience', 'bad.json'], { files: { 'bad.json': json(TWO_MISTAKES) } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^links\[0\]\.capacity: /m);
  });

  it('should exit 3 with one line per failed solve when the solver fails', async () => {
    const failing = (scenario: Scenario): Result => ({ ...solver.solve(scenario), status: 'error', diagnosis: ['glpk aborted for the test'] });
    const { io, output } = captureIo({ stdin: json(TWO_ROUTES) });
    const code = await resilienceCommand({ kind: 'resilience', file: '-', output: 'json' }, io, failing);
    expect(code).toBe(3);
    expect(output().stderr.split('\n')[0]).toBe('solver failed (base scenario): glpk aborted for the test');
    expect(output().stderr).not.toMatch(/^\s+at /m);
  });
});
