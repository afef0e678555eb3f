/**
 * The planning inputs' edits as pure functions: each gives the whole next
 * scenario, an `undefined` in a patch removes the field, and nothing else of
 * the scenario changes.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import {
  withAddition,
  withChange,
  withGrowth,
  withHorizon,
  withNewProject,
  withProject,
  withStartingHorizon,
} from '../../../src/app/plan/plan-input-edits';
import { shownPlanProblems } from '../../../src/app/plan/shown-plan-problems';

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'Tiny plan',
    nodes: [{ id: 'a' }, { id: 'b' }],
    links: [
      { id: 'free', from: 'a', to: 'b', cost: 12 },
      { id: 'ab', from: 'a', to: 'b', cost: 10, capacity: 100 },
    ],
    corridors: [],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 100, growth: 0.1 }],
    horizon: { years: [2026, 2030], end: 2040, discountRate: 0.05, base: 2026 },
    projects: [{ id: 'p', name: 'Bridge', adds: [{ set: 'links.ab.capacity', amount: 50 }], capex: 1000 }],
    ...extra,
  };
}

describe('plan input edits', () => {
  it('should merge a horizon patch and drop the fields set to undefined', () => {
    const next = withHorizon(scenario(), { discountRate: 0.08, end: undefined });
    expect(next.horizon).toEqual({ years: [2026, 2030], discountRate: 0.08, base: 2026 });
    expect(next.projects).toEqual(scenario().projects);
  });

  it('should start a horizon from an empty one on a scenario without', () => {
    const { horizon: _, ...bare } = scenario();
    expect(withHorizon(bare, { discountRate: 0.03 }).horizon).toEqual({ years: [], discountRate: 0.03 });
    expect(withStartingHorizon(bare, 2027).horizon).toEqual({ years: [2027, 2031, 2036], end: 2046, discountRate: 0.06, base: 2027 });
  });

  it('should add, change and remove step changes, dropping `changes` when the last goes', () => {
    const one = withChange(scenario(), 0, { from: 2030, set: 'links.ab.cost', value: 8 });
    expect(one.horizon?.changes).toEqual([{ from: 2030, set: 'links.ab.cost', value: 8 }]);
    expect(withChange(one, 0, { value: 9 }).horizon?.changes).toEqual([{ from: 2030, set: 'links.ab.cost', value: 9 }]);
    expect(withChange(one, 0, null).horizon).not.toHaveProperty('changes');
  });

  it('should edit a project, drop its emptied fields, and drop `projects` when the last is removed', () => {
    expect(withProject(scenario(), 0, { name: undefined, opex: 5 }).projects).toEqual([{ id: 'p', adds: [{ set: 'links.ab.capacity', amount: 50 }], capex: 1000, opex: 5 }]);
    expect(withProject(scenario(), 0, null)).not.toHaveProperty('projects');
  });

  it('should add and remove a project’s additions', () => {
    const two = withAddition(scenario(), 0, 1, { set: 'links.ab.capacity', amount: 10 });
    expect(two.projects?.[0]?.adds).toEqual([{ set: 'links.ab.capacity', amount: 50 }, { set: 'links.ab.capacity', amount: 10 }]);
    expect(withAddition(two, 0, 0, null).projects?.[0]?.adds).toEqual([{ set: 'links.ab.capacity', amount: 10 }]);
  });

  it('should set a demand’s growth, keep typed text as it is, and remove it with undefined', () => {
    expect(withGrowth(scenario(), 0, 0.02).demands[0]?.growth).toBe(0.02);
    expect(withGrowth(scenario(), 0, '2x').demands[0]?.growth).toBe('2x');
    expect(withGrowth(scenario(), 0, undefined).demands[0]).not.toHaveProperty('growth');
  });

  it('should give a new project the first free id and a capacity to add on the first link that has one', () => {
    const s = scenario({ projects: [{ id: 'project-2', adds: [], capex: 0 }] });
    expect(withNewProject(s).projects?.[1]).toEqual({ id: 'project-3', adds: [{ set: 'links.ab.capacity', amount: 1_000_000 }], capex: 0 });
  });
});

describe('shownPlanProblems', () => {
  it('should keep the app’s problems of the planning inputs only, then the inputs’ own, each once', () => {
    const s = scenario({ projects: [{ id: 'p', adds: [], capex: -1 }] });
    const own = shownPlanProblems([], s);
    expect(own.length).toBeGreaterThan(0);
    const shown = shownPlanProblems([{ path: 'links[0].cost', message: 'not a plan input' }, ...own, { path: 'demands[0].growth', message: 'too fast' }], s);
    expect(shown.map((p) => p.path)).toEqual([...own.map((p) => p.path), 'demands[0].growth']);
  });
});
