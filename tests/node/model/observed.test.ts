import { describe, it, expect } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import { smallScenario, type Draft } from './small-scenario';

function withObserved(observed: unknown, change: (s: Draft) => void = () => undefined): Draft {
  const scenario = smallScenario();
  scenario.observed = observed;
  change(scenario);
  return scenario;
}

describe('observed (calibration figures)', () => {
  it('should accept corridor, link and node figures with year, source and assumption, without warnings', () => {
    const outcome = parseScenario(
      withObserved([
        { of: 'corridors.titr.flow', value: 3_000_000, year: 2024, source: 'wb2024' },
        { of: 'links.ferry_aktau_alat.flow', value: 0 },
        { of: 'nodes.aktau.throughput', value: 1e12, assumption: 'a port count' },
        { of: 'corridors.titr.flow', value: 2_500_000, year: 2023 },
      ]),
    );

    expect(outcome).toMatchObject({ ok: true, warnings: [] });
  });

  it('should report every bad observation at once, each with its path', () => {
    const outcome = parseScenario(
      withObserved([
        { of: 'corridors.nowhere.flow', value: 1 },
        { of: 'links.ferry_aktau_alat.throughput', value: 1 },
        { of: 'nodes.aktau.throughput', value: -1 },
        { of: 'links.rail_grain_aktau.flow', value: 2e12, year: 2024.5, source: 'nobody' },
        { value: Number.NaN },
        { of: 'nodes.alat.throughput', value: 5, year: 2024 },
        { of: 'nodes.alat.throughput', value: 6, year: 2024 },
      ]),
    );

    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { path: 'observed[0].of', message: 'unknown corridor "nowhere"' },
      {
        path: 'observed[1].of',
        message: 'expected a figure "corridors.<id>.flow", "links.<id>.flow" or "nodes.<id>.throughput", got "links.ferry_aktau_alat.throughput"',
      },
      { path: 'observed[2].value', message: 'expected a number of t/yr from 0 to 1e12, got -1' },
      { path: 'observed[3].value', message: 'expected a number of t/yr from 0 to 1e12, got 2000000000000' },
      { path: 'observed[3].year', message: 'expected a whole year such as 2024, got 2024.5' },
      { path: 'observed[3].source', message: 'unknown source "nobody"' },
      {
        path: 'observed[4].of',
        message: 'expected a figure "corridors.<id>.flow", "links.<id>.flow" or "nodes.<id>.throughput", got nothing (the field is missing)',
      },
      { path: 'observed[4].value', message: 'expected a finite number, got NaN' },
      { path: 'observed[6].of', message: 'duplicate observation of "nodes.alat.throughput" for 2024 (first at observed[5])' },
    ]);
  });

  it('should refuse an observed that is not an array', () => {
    const outcome = parseScenario(withObserved({ of: 'nodes.alat.throughput' }));

    expect(outcome.ok ? [] : outcome.errors).toEqual([{ path: 'observed', message: 'expected an array of observations, got an object' }]);
  });

  it('should accept the calibration marks calibrate writes, and refuse a step of an unknown link', () => {
    const marked = withObserved([], (s) => {
      s.links[1].calibrated = { from: 40, observations: ['corridors.titr.flow'] };
      s.nodes[1].calibrated = { from: 8, observations: ['nodes.aktau.throughput'] };
      s.links.push({ id: 'step', from: 'aktau', to: 'alat', cost: 1, calibrated: { from: null, observations: [], stepOf: 'ferry_aktau_alat' } });
    });
    const broken = withObserved([], (s) => {
      s.links[1].calibrated = { from: -1, observations: 'x', stepOf: 'nowhere' };
    });

    expect(parseScenario(marked)).toMatchObject({ ok: true, warnings: [] });
    expect(parseScenario(broken).ok ? [] : (parseScenario(broken) as { errors: unknown }).errors).toEqual([
      { path: 'links[1].calibrated.from', message: 'expected a number ≥ 0 or null, got -1' },
      { path: 'links[1].calibrated.observations', message: 'expected an array of observed figures, got "x"' },
      { path: 'links[1].calibrated.stepOf', message: 'unknown link "nowhere"' },
    ]);
  });

  it('should warn about an unknown field of an observation, with a suggestion', () => {
    const outcome = parseScenario(withObserved([{ of: 'nodes.alat.throughput', value: 5, yeer: 2024 }]));

    expect(outcome.warnings).toEqual([{ path: 'observed[0].yeer', message: 'unknown field "yeer" (kept as is; did you mean "year"?)' }]);
  });
});
