import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model';

/** A minimal valid scenario to add the fields under test to. */
function scenario(extra: Record<string, unknown> = {}, link: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'fields',
    nodes: [{ id: 'a' }, { id: 'b' }],
    links: [{ id: 'ab', from: 'a', to: 'b', cost: 5, ...link }],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 10 }],
    ...extra,
  };
}

describe('the calibration and provenance extension fields', () => {
  it('should accept "calibrate": "fixed" or "free" on links and nodes, without warnings', () => {
    const outcome = parseScenario(scenario({ nodes: [{ id: 'a', calibrate: 'fixed' }, { id: 'b', calibrate: 'free' }] }, { calibrate: 'free' }));
    expect(outcome.ok).toBe(true);
    expect(outcome.warnings).toEqual([]);
  });

  it('should reject another "calibrate" value, naming its path and the values it accepts', () => {
    const outcome = parseScenario(scenario({}, { calibrate: 'maybe' }));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors).toEqual([expect.objectContaining({ path: 'links[0].calibrate', message: expect.stringContaining('one of "fixed", "free"') })]);
  });

  it('should accept source and assumption on an uncertainty range, the horizon and a horizon change, and check they are text', () => {
    const planned = {
      uncertainty: [{ set: 'links.ab.cost', min: 4, mode: 5, max: 6, assumption: '±1 USD/t, assumed' }],
      horizon: { years: [2030, 2035], assumption: 'teaching years', changes: [{ from: 2035, set: 'demands.d.volume', value: 20, assumption: 'doubles' }] },
    };
    const fine = parseScenario(scenario(planned));
    expect(fine.ok ? [] : fine.errors).toEqual([]);
    expect(fine.warnings.filter((w) => !/^horizon$/.test(w.path))).toEqual([]);

    const wrong = parseScenario(scenario({ ...planned, horizon: { years: [2030], source: 7 }, uncertainty: [{ set: 'links.ab.cost', min: 4, mode: 5, max: 6, assumption: 1 }] }));
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path).sort()).toEqual(['horizon.source', 'uncertainty[0].assumption']);
  });

  it('should accept source and assumption on a project and on what it adds, warn about another field there, and keep both on the way back', () => {
    const projects = [{ id: 'p', assumption: 'a second track', adds: [{ set: 'links.ab.capacity', amount: 5, source: 'plan-2030', assumption: 'half the line' }] }];
    const planned = { horizon: { years: [2030] }, projects };
    const fine = parseScenario(scenario(planned, { capacity: 10 }));
    expect(fine.ok ? [] : fine.errors).toEqual([]);
    expect(fine.warnings).toEqual([]);
    expect(fine.ok ? fine.scenario.projects?.[0]?.adds[0] : null).toEqual(projects[0]!.adds[0]);

    const typo = parseScenario(scenario({ ...planned, projects: [{ ...projects[0], adds: [{ set: 'links.ab.capacity', amount: 5, asumption: 'typo' }] }] }, { capacity: 10 }));
    expect(typo.warnings.map((w) => w.path)).toEqual(['projects[0].adds[0].asumption']);
    const wrong = parseScenario(scenario({ ...planned, projects: [{ ...projects[0], adds: [{ set: 'links.ab.capacity', amount: 5, source: 3 }] }] }, { capacity: 10 }));
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path)).toEqual(['projects[0].adds[0].source']);
  });
});
