import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { calibrate, STEP_USD } from '../../../src/calibrate';
import { parseScenario } from '../../../src/model/parse-scenario';
import { createSolver, type Solver } from '../../../src/solver';
import { calibrationToCsv } from '../../../src/app/calibrate/calibration-to-csv';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

describe('calibrationToCsv', () => {
  it('should write each cost change and each observed figure before and after, units in the headers, rounded to what they mean', () => {
    const parsed = parseScenario(readFileSync(new URL('../../../models/teaching-calibrate-split.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('models/teaching-calibrate-split.json is invalid');
    // The teaching case of models/README.md: land 15 → 5 + STEP_USD USD/t and a 40 t/yr step link at 5 − STEP_USD, so the land corridor carries 40.
    const result = calibrate(parsed.scenario, solver.solveLp);

    const lines = calibrationToCsv(result).trimEnd().split('\n');

    expect(lines[0]).toBe(
      'kind,path,year,cost_before_usd_per_t,cost_after_usd_per_t,cost_change_usd_per_t,observed_t_per_yr,model_before_t_per_yr,model_after_t_per_yr,error_before_pct,error_after_pct,reason',
    );
    const cents = (usd: number) => String(Math.round(usd * 100) / 100);
    expect(lines[1]).toMatch(new RegExp(`^change,links\\.land-leg\\.cost,,15,${cents(5 + STEP_USD)},${cents(5 + STEP_USD - 15)},,,,,,.+`));
    expect(lines[2]).toMatch(new RegExp(`^change,links\\.land-leg\\.cal-step\\.cost,,,${cents(5 - STEP_USD)},,,,,,,.+`));
    const observed = result.before[0]!;
    expect(lines[3]).toBe(`observation,corridors.land.flow,${observed.year ?? ''},,,,${observed.observed},0,40,-100,0,`);
    // No binary round-off anywhere: every number has at most two decimals.
    for (const cell of lines.slice(1).flatMap((l) => l.split(','))) if (/^-?\d/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });
});
