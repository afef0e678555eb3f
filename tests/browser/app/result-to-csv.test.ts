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
      'kind,id,name,status,total_cost_usd_per_yr,flow_t_per_yr,share,utilisation,marginal_value_usd_per_t,served_t_per_yr,unmet_t_per_yr,unit_cost_usd_per_t,days,marginal_cost_usd_per_t,cost_usd_per_t,cost_calibrated,observed_t_per_yr',
    );
    expect(lines[1]).toBe('total,,Two corridors,optimal,1700,,,,,100,0,,,,,,');
    expect(lines[2]).toBe('corridor,titr,TITR,,,60,0.6,,0,,,,,,,,');
    expect(lines[4]).toBe('other,,,,,0,0,,,,,,,,,,');
    expect(lines[5]).toBe('link,ab,,,,60,,1,5,,,,,,10,,');
    expect(lines[6]).toBe('node,a,,,,100,,,0,,,,,,,,');
    expect(lines[7]).toBe('demand,ad,,,,,,,,100,0,17,0,20,,,');
    expect(lines.at(-1)).toBe('');
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
    expect(lines.at(-2)).toBe('observation,corridors.titr.flow,,,,60,,,,,,,,,,,50');
  });

  it('should quote names with commas or quotes and defuse formula-like names', () => {
    const csv = resultToCsv({ ...twoCorridors(60), name: '=HYPERLINK("x"), "quoted"' }, result);

    expect(csv.split('\r\n')[1]).toBe(`total,,"'=HYPERLINK(""x""), ""quoted""",optimal,1700,,,,,100,0,,,,,,`);
  });
});
