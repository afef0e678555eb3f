/**
 * Issue 14's properties of calibration, on generated scenarios
 * (`scenarioArbitrary`, feasible by construction).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calibrate } from '../../../src/calibrate';
import { observationFit, withinTolerance } from '../../../src/calibrate/observation-fit';
import type { CalibrateCost, Observation, Result, Scenario } from '../../../src/model/types';
import { createSolver, type Solver } from '../../../src/solver';
import { scenarioArbitrary } from '../../../src/testing/index';
import { propertySettings } from '../../support/property-settings';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const RUNS = Number(process.env.CAL_RUNS ?? 40);

/** Figures of a solved scenario as observations: every corridor's flow, every link's flow, every node's throughput. */
function ownFigures(result: Result): Observation[] {
  return [
    ...result.corridors.map((c) => ({ of: `corridors.${c.id}.flow`, value: Math.max(0, c.flow) })),
    ...result.links.map((l) => ({ of: `links.${l.id}.flow`, value: Math.max(0, l.flow) })),
    ...result.nodes.map((n) => ({ of: `nodes.${n.id}.throughput`, value: Math.max(0, n.throughput) })),
  ];
}

/** A scenario with an optimum, and a selection of its figures (by position in `ownFigures`). */
const solvedWithSelection = scenarioArbitrary()
  .map((scenario) => ({ scenario, result: solver.solve(scenario) }))
  .filter(({ result }) => result.status === 'optimal')
  .chain(({ scenario, result }) => {
    const figures = ownFigures(result);
    return fc.tuple(fc.constant(scenario), fc.constant(figures), fc.subarray(figures.map((_, i) => i), { minLength: 1 }));
  });

describe('calibrate (properties)', () => {
  it("should change nothing when the observations are the scenario's own optimal figures", () => {
    fc.assert(
      fc.property(solvedWithSelection, ([scenario, figures, chosen]) => {
        const observed = chosen.map((i) => figures[i]!);

        const result = calibrate({ ...scenario, observed }, solver.solveLp);

        expect(result.status).toBe('calibrated');
        expect(result.changes).toEqual([]);
      }),
      propertySettings(RUNS),
    );
  });

  it("should reproduce the original optimum's figures within 1% after one cost is raised (that link among them)", () => {
    const raised = solvedWithSelection.chain(([scenario, figures, chosen]) =>
      fc.tuple(fc.constant(scenario), fc.constant(chosen.map((i) => figures[i]!)), fc.integer({ min: 0, max: scenario.links.length - 1 }), fc.integer({ min: 1, max: 50 })),
    );
    fc.assert(
      fc.property(raised, ([scenario, chosen, link, raise]) => {
        const id = scenario.links[link]!.id;
        const own = ownFigures(solver.solve(scenario)).find((o) => o.of === `links.${id}.flow`)!;
        const observed = [...chosen.filter((o) => o.of !== own.of), own];
        const perturbed: Scenario = {
          ...scenario,
          links: scenario.links.map((l, i) => (i === link ? { ...l, cost: l.cost + raise } : l)),
          observed,
        };

        const result = calibrate(perturbed, solver.solveLp);

        expect(result.conflicts).toEqual([]);
        expect(result.status).toBe('calibrated');
        const misses = result.after.filter((fit) => !withinTolerance(fit.model, fit.observed, 0.01));
        expect(misses).toEqual([]);
      }),
      propertySettings(RUNS),
    );
  });

  it('should never change a cost that no observation involves', () => {
    fc.assert(
      fc.property(withObservations(), ([scenario, observed]) => {
        const result = calibrate({ ...scenario, observed }, solver.solveLp);

        const involved = involvedCosts({ ...scenario, observed });
        const strays = result.changes.filter((change) => change.old !== null && !involved.has(change.set)).map((c) => c.set);
        expect(strays).toEqual([]);
        const steps = result.changes.filter((change) => change.old === null).map((c) => c.set);
        const stepsOf = (result.scenario?.links ?? []).filter((l) => l.calibrated?.stepOf !== undefined).map((l) => `links.${l.id}.cost`);
        expect(steps.sort()).toEqual(stepsOf.sort());
        for (const link of result.scenario?.links ?? []) {
          if (link.calibrated?.stepOf !== undefined) expect(involved.has(`links.${link.calibrated.stepOf}.cost`)).toBe(true);
        }
      }),
      propertySettings(RUNS),
    );
  });

  it('should reproduce, in a fresh solve of the calibrated scenario, every observation it does not name as a conflict', () => {
    fc.assert(
      fc.property(withObservations(), ([scenario, observed]) => {
        const result = calibrate({ ...scenario, observed }, solver.solveLp);
        fc.pre(result.status === 'calibrated' || result.status === 'inconsistent');

        const fresh = observationFit(result.scenario!, solver.solve(result.scenario!));
        expect(fresh).toEqual(result.after);
        const named = new Set(result.conflicts.map((c) => c.of));
        const misses = fresh.filter((fit) => !named.has(fit.of) && !withinTolerance(fit.model, fit.observed, 0.01));
        expect(misses).toEqual([]);
        expect(result.status).toBe(named.size === 0 ? 'calibrated' : 'inconsistent');
      }),
      propertySettings(RUNS),
    );
  });

  it('should never change a cost marked fixed, change others only where observed or marked free, and still reproduce what it does not name', () => {
    const mark = fc.constantFrom<CalibrateCost | undefined>(undefined, 'fixed', 'free');
    const marked = withObservations().chain(([scenario, observed]) =>
      fc.tuple(fc.constant(scenario), fc.constant(observed), fc.array(mark, { minLength: scenario.links.length, maxLength: scenario.links.length })),
    );
    fc.assert(
      fc.property(marked, ([scenario, observed, marks]) => {
        const links = scenario.links.map((l, i) => (marks[i] === undefined ? l : { ...l, calibrate: marks[i] }));
        const input: Scenario = { ...scenario, links, observed };

        const result = calibrate(input, solver.solveLp);

        const fixed = new Set(links.filter((l) => l.calibrate === 'fixed').map((l) => `links.${l.id}.cost`));
        const free = new Set(links.filter((l) => l.calibrate === 'free').map((l) => `links.${l.id}.cost`));
        expect(result.changes.filter((c) => fixed.has(c.set)).map((c) => c.set)).toEqual([]);
        const stepsBesideFixed = (result.scenario?.links ?? []).filter((l) => l.calibrated?.stepOf !== undefined && fixed.has(`links.${l.calibrated.stepOf}.cost`));
        expect(stepsBesideFixed.map((l) => l.id)).toEqual([]);
        const involved = involvedCosts(input);
        expect(result.changes.filter((c) => c.old !== null && !involved.has(c.set) && !free.has(c.set)).map((c) => c.set)).toEqual([]);
        fc.pre(result.status === 'calibrated' || result.status === 'inconsistent');
        const named = new Set(result.conflicts.map((c) => c.of));
        const fresh = observationFit(result.scenario!, solver.solve(result.scenario!));
        expect(fresh.filter((fit) => !named.has(fit.of) && !withinTolerance(fit.model, fit.observed, 0.01))).toEqual([]);
      }),
      propertySettings(RUNS),
    );
  });
});

/** A generated scenario with 1–4 observations of its own figures, at any level from 0 to 600 t/yr. */
function withObservations(): fc.Arbitrary<[Scenario, Observation[]]> {
  return scenarioArbitrary().chain((scenario) => {
    const figures = [
      ...(scenario.corridors ?? []).map((c) => `corridors.${c.id}.flow`),
      ...scenario.links.map((l) => `links.${l.id}.flow`),
      ...scenario.nodes.map((n) => `nodes.${n.id}.throughput`),
    ];
    const observation = fc.record({ of: fc.constantFrom(...figures), value: fc.integer({ min: 0, max: 600 }) });
    return fc.tuple(fc.constant(scenario), fc.uniqueArray(observation, { minLength: 1, maxLength: 4, selector: (o) => o.of }));
  });
}

/** The costs an observation involves: the observed link; an observed corridor's gates; an observed node and the links into it. */
function involvedCosts(scenario: Scenario): Set<string> {
  const involved = new Set<string>();
  for (const { of } of scenario.observed ?? []) {
    const [collection, ...rest] = of.split('.');
    const id = rest.slice(0, -1).join('.');
    if (collection === 'links') involved.add(`links.${id}.cost`);
    if (collection === 'corridors') {
      for (const gate of scenario.corridors?.find((c) => c.id === id)?.gates ?? []) involved.add(`links.${gate}.cost`);
    }
    if (collection === 'nodes') {
      involved.add(`nodes.${id}.cost`);
      for (const link of scenario.links) if (link.to === id) involved.add(`links.${link.id}.cost`);
    }
  }
  return involved;
}
