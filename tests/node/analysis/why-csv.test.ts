import { describe, expect, it } from 'vitest';
import { whyToCsv } from '../../../src/analysis/why-csv';
import { teachingWhy, teachingWhyRoomyResult } from '../../fixtures/teaching-why';

describe('whyToCsv', () => {
  it('should give each demand its generalised and out-of-pocket cost per tonne, their parts, its split and its next-best route', () => {
    // The hand-worked figures of tests/fixtures/teaching-why.ts: all 100 t by sea at 41 USD/t generalised
    // (tariffs 20, handling 5, time 16), so 25 USD/t out of pocket; land, the next best, is 9 USD/t dearer.
    const lines = whyToCsv(teachingWhy(1000), teachingWhyRoomyResult).trimEnd().split('\n');

    expect(lines).toEqual([
      'demand,served_t_per_yr,unmet_t_per_yr,generalised_cost_usd_per_t,out_of_pocket_cost_usd_per_t,tariffs_usd_per_t,handling_usd_per_t,time_valued_usd_per_t,sea_share,land_share,north_share,other_share,chosen_via,next_best_via,switch_gap_usd_per_t',
      'goods,100,0,41,25,20,5,16,1,0,0,0,sea,land,9',
    ]);
  });

  it('should leave the costs and the split empty, not 0, for a result without per-demand flows', () => {
    const withoutFlows = { ...teachingWhyRoomyResult, demands: teachingWhyRoomyResult.demands.map(({ flows: _, ...d }) => d) };

    const row = whyToCsv(teachingWhy(1000), withoutFlows).trimEnd().split('\n')[1]!;

    expect(row.startsWith('goods,100,0,,,,,,,,,,')).toBe(true);
  });
});
