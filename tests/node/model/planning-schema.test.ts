import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import { planOnlyWarnings } from '../../../src/model/planning-schema';
import type { Scenario } from '../../../src/model/types';

const base = {
  format: 'corridor-flow/scenario@1',
  name: 'planning',
  nodes: [{ id: 'A' }, { id: 'B', capacity: 10 }],
  links: [
    { id: 'ab', from: 'A', to: 'B', cost: 1, capacity: 5 },
    { id: 'open', from: 'A', to: 'B', cost: 2 },
  ],
  demands: [{ id: 'd', from: 'A', to: 'B', volume: 3, growth: 0.02 }],
};

function errorsOf(extra: Record<string, unknown>): string[] {
  const outcome = parseScenario({ ...base, ...extra });
  return outcome.ok ? [] : outcome.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('the planning extensions of the schema', () => {
  it('should accept a horizon, projects and demand growth without errors or warnings', () => {
    const outcome = parseScenario({
      ...base,
      horizon: { years: [2026, 2030], end: 2040, discountRate: 0.04, base: 2026, changes: [{ from: 2030, set: 'links.ab.cost', value: 2 }] },
      projects: [{ id: 'p', adds: [{ set: 'links.ab.capacity', amount: 5 }, { set: 'nodes.B.capacity', amount: 5 }], capex: 1e6, life: 25, opex: 1e3, earliest: 2028, decision: 'choose', divisible: true }],
    });
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual([]);
  });

  it('should report every planning problem at once, each with its JSON path', () => {
    expect(
      errorsOf({
        horizon: { years: [2030, 2026, 2035.5], discountRate: 1, end: 2020, changes: [{ from: 2030, set: 'links.nope.cost', value: 1 }, { from: 2030, set: 'links.ab.capacity', value: -1 }] },
        projects: [
          { id: 'p', adds: [{ set: 'links.open.capacity', amount: 1 }], earliest: 2050 },
          { id: 'p', adds: [], capex: -1, life: 0, decision: 'maybe' },
          { id: 'q', adds: [{ set: 'links.ab.cost', amount: 0 }] },
        ],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 3, growth: -1 }],
      }),
    ).toEqual([
      'demands[0].growth: expected a growth rate per year > -1 (e.g. 0.03 for 3 %), got -1',
      'horizon.years[1]: expected a year > 2030 (years strictly increasing), got 2026',
      'horizon.years[2]: expected a whole year, got 2035.5',
      'horizon.discountRate: expected a real rate per year with 0 ≤ r < 1 (e.g. 0.04), got 1',
      'horizon.changes[0].set: unknown parameter path "links.nope.cost": no link "nope"; links are "ab", "open"',
      'horizon.changes[1].value: expected a number ≥ 0 (the range of capacity), got -1',
      'projects[0].adds[0].set: link "open" has unlimited capacity, so adding to it changes nothing: give it a finite capacity (0 for one that does not exist yet)',
      'projects[1].id: duplicate id "p" (first at projects[0])',
      'projects[1].adds: expected a non-empty array of {set: "links.<id>.capacity" or "nodes.<id>.capacity", amount}, got an empty array',
      'projects[1].capex: expected a number ≥ 0 (USD), got -1',
      'projects[1].life: expected a number of years > 0, got 0',
      'projects[1].decision: expected one of "choose", "build", "never", got "maybe"',
      'projects[2].adds[0].amount: expected a capacity in t/yr > 0, got 0',
      'projects[2].adds[0].set: expected a capacity path "links.<id>.capacity" or "nodes.<id>.capacity", got "links.ab.cost"',
    ]);
  });

  it('should refuse an earliest outside the horizon and an end before the last model year', () => {
    expect(
      errorsOf({
        horizon: { years: [2026, 2030], end: 2028 },
        projects: [{ id: 'p', adds: [{ set: 'links.ab.capacity', amount: 1 }], earliest: 2020 }],
      }),
    ).toEqual(['horizon.end: expected a year ≥ the last model year (2030), got 2028', 'projects[0].earliest: expected a year inside the horizon (2026 to 2030), got 2020']);
  });

  it('should say that solve ignores horizon and projects, and say nothing of a file without them', () => {
    const scenario = { ...base, horizon: { years: [2030] }, projects: [] } as unknown as Scenario;
    expect(planOnlyWarnings(scenario).map((w) => w.path)).toEqual(['horizon', 'projects']);
    expect(planOnlyWarnings(base as unknown as Scenario)).toEqual([]);
  });
});
