import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import { fitStatistics, observationFits } from '../../../src/app/observation-fits';
import { isCalibrated } from '../../../src/components/is-calibrated';

const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Observed',
  nodes: [{ id: 'a' }, { id: 'b.port' }],
  links: [{ id: 'ab', from: 'a', to: 'b.port', cost: 1 }],
  corridors: [{ id: 'titr', gates: ['ab'] }],
  demands: [{ id: 'd', from: 'a', to: 'b.port', volume: 100 }],
  observed: [
    { of: 'corridors.titr.flow', value: 80, year: 2024, source: 'adb' },
    { of: 'links.ab.flow', value: 125 },
    { of: 'nodes.b.port.throughput', value: 0 },
    { of: 'links.nope.flow', value: 5 },
  ],
};

const result: Result = {
  status: 'optimal',
  objective: 100,
  served: 100,
  unmet: 0,
  corridors: [{ id: 'titr', flow: 100, share: 1, marginalValue: 0 }],
  other: { flow: 0, share: 0 },
  links: [{ id: 'ab', flow: 100, utilisation: null, marginalValue: 0, reducedCost: 0 }],
  nodes: [{ id: 'b.port', throughput: 100, utilisation: null, marginalValue: 0 }],
  demands: [],
  solver: { name: 'test', version: '0', ms: 1 },
};

describe('observationFits', () => {
  it('should put each observation beside the model figure it names, with difference and % of observed', () => {
    expect(observationFits(scenario, result)).toEqual([
      { of: 'corridors.titr.flow', observed: 80, model: 100, difference: 20, percent: 25, year: 2024, source: 'adb' },
      { of: 'links.ab.flow', observed: 125, model: 100, difference: -25, percent: -20 },
      // An id with a dot; an observed 0 has no %.
      { of: 'nodes.b.port.throughput', observed: 0, model: 100, difference: 100, percent: null },
      { of: 'links.nope.flow', observed: 5, model: null, difference: null, percent: null },
    ]);
  });

  it('should claim no model figure when the result is not optimal', () => {
    expect(observationFits(scenario, { ...result, status: 'infeasible' }).every((f) => f.model === null)).toBe(true);
  });
});

describe('fitStatistics', () => {
  it('should average the absolute % errors and name the worst figure', () => {
    expect(fitStatistics(observationFits(scenario, result))).toEqual({ meanAbsolutePercentError: 22.5, worst: { of: 'corridors.titr.flow', percent: 25 } });
    expect(fitStatistics([])).toEqual({ meanAbsolutePercentError: null, worst: null });
  });
});

describe('isCalibrated', () => {
  it('should hold for an assumption beginning "calibrated" or a calibrated field, and for nothing else', () => {
    expect(isCalibrated({ assumption: 'calibrated: was 89.41 USD/t, +12.50 to fit corridors.titr.flow' })).toBe(true);
    expect(isCalibrated({ assumption: '  Calibrated to 2024 volumes' })).toBe(true);
    expect(isCalibrated({ calibrated: { old: 89.41 } })).toBe(true);
    expect(isCalibrated({ calibrated: true })).toBe(true);
    expect(isCalibrated({ assumption: 'not calibrated: a published tariff' })).toBe(false);
    expect(isCalibrated({ assumption: 'calibrate later' })).toBe(false);
    expect(isCalibrated({ calibrated: false })).toBe(false);
    expect(isCalibrated({})).toBe(false);
    expect(isCalibrated(undefined)).toBe(false);
  });
});
