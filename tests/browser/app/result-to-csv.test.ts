import { describe, it, expect } from 'vitest';
import { resultToCsv } from '../../../src/app/result-to-csv';
import type { Result } from '../../../src/model/types';
import { twoCorridors } from '../client/fixtures/two-corridors';

// The optimum of twoCorridors(60), by hand (see the fixture): 60 t/yr via titr, 40 via tripp.
const result: Result = {
  status: 'optimal',
  objective: 1700,
  served: 100,
  unmet: 0,
  corridors: [
    { id: 'titr', flow: 60, share: 0.6, marginalValue: 0 },
    { id: 'tripp', flow: 40, share: 0.4, marginalValue: 0 },
  ],
  other: { flow: 0, share: 0 },
  links: [{ id: 'ab', flow: 60, utilisation: 1, marginalValue: 5, reducedCost: 0 }],
  nodes: [{ id: 'a', throughput: 100, utilisation: null, marginalValue: 0 }],
  demands: [{ id: 'ad', served: 100, unmet: 0, unitCost: 17, days: 0, marginalCost: 20 }],
  solver: { name: 'glpk.js', version: 'x', ms: 1 },
};

describe('resultToCsv', () => {
  it('should write one row per item with units in the column names and full-precision numbers', () => {
    const lines = resultToCsv(twoCorridors(60), result).split('\r\n');

    expect(lines[0]).toBe(
      'kind,id,name,status,generalised_cost_usd_per_yr,out_of_pocket_cost_usd_per_yr,flow_t_per_yr,share,utilisation,marginal_value_usd_per_t,served_t_per_yr,unmet_t_per_yr,generalised_unit_cost_usd_per_t,out_of_pocket_unit_cost_usd_per_t,days,marginal_cost_usd_per_t,cost_usd_per_t,cost_calibrated,observed_t_per_yr',
    );
    // This result carries no per-demand flows: the out-of-pocket part is unknown (empty), never 0.
    expect(lines[1]).toBe('total,,Two corridors,optimal,1700,,,,,,100,0,,,,,,,');
    expect(lines[2]).toBe('corridor,titr,TITR,,,,60,0.6,,0,,,,,,,,,');
    expect(lines[4]).toBe('other,,,,,,0,0,,,,,,,,,,,');
    expect(lines[5]).toBe('link,ab,,,,,60,,1,5,,,,,,,10,,');
    expect(lines[6]).toBe('node,a,,,,,100,,,0,,,,,,,,,');
    expect(lines[7]).toBe('demand,ad,,,,,,,,,100,0,17,,0,20,,,');
    expect(lines.at(-1)).toBe('');
  });

  it('should split the generalised cost from what shippers pay out of pocket, total and per tonne', () => {
    // twoCorridors(60) with 2 days on ab valued at 1 USD/t/day: the optimum keeps 60 t/yr on titr (10 + 5 + 2 = 17 < 20 USD/t).
    // By hand: out of pocket 60·15 + 40·20 = 1700 USD/yr (17 USD/t); generalised adds 60·2·1 = 120 → 1820 USD/yr (18.2 USD/t).
    const base = twoCorridors(60);
    const scenario = {
      ...base,
      links: base.links.map((l) => (l.id === 'ab' ? { ...l, days: 2 } : l)),
      demands: base.demands.map((d) => ({ ...d, valueOfTime: 1 })),
    };
    const flows = [
      { link: 'ab', flow: 60 },
      { link: 'bd', flow: 60 },
      { link: 'ac', flow: 40 },
      { link: 'cd', flow: 40 },
    ];
    const withDays: Result = { ...result, objective: 1820, demands: [{ ...result.demands[0]!, unitCost: 18.2, days: 1.2, flows }] };

    const lines = resultToCsv(scenario, withDays).split('\r\n');

    expect(lines[1]).toBe('total,,Two corridors,optimal,1820,1700,,,,,100,0,,,,,,,');
    expect(lines.find((l) => l.startsWith('demand,ad,'))).toBe('demand,ad,,,,,,,,,100,0,18.2,17,1.2,20,,,');
  });

  it('should mark a calibrated cost and list each observation beside the model figure', () => {
    const base = twoCorridors(60);
    const scenario = {
      ...base,
      links: base.links.map((l) => (l.id === 'ac' ? { ...l, cost: 17.5, assumption: 'calibrated: was 15 USD/t' } : l)),
      observed: [{ of: 'corridors.titr.flow', value: 50, year: 2024 }],
    };

    const withAc: Result = { ...result, links: [...result.links, { id: 'ac', flow: 40, utilisation: null, marginalValue: 0, reducedCost: 0 }] };

    const lines = resultToCsv(scenario, withAc).split('\r\n');

    expect(lines.find((l) => l.startsWith('link,ab,'))!.endsWith(',10,,')).toBe(true);
    expect(lines.find((l) => l.startsWith('link,ac,'))!.endsWith(',17.5,calibrated,')).toBe(true);
    expect(lines.at(-2)).toBe('observation,corridors.titr.flow,,,,,60,,,,,,,,,,,,50');
  });

  it('should quote names with commas or quotes and defuse formula-like names', () => {
    const csv = resultToCsv({ ...twoCorridors(60), name: '=HYPERLINK("x"), "quoted"' }, result);

    expect(csv.split('\r\n')[1]).toBe(`total,,"'=HYPERLINK(""x""), ""quoted""",optimal,1700,,,,,,100,0,,,,,,,`);
  });
});
