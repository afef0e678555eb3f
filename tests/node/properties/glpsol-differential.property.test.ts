/**
 * Issue 12: a standing differential test. Random scenarios whose numbers
 * span 1e-3 … 1e9 (volumes, capacities, costs, penalties, share bounds; hard
 * and soft demands; infeasible ones) are solved by the engine and by native
 * GLPK (`glpsol`) on the spec's LP written independently of src/lp
 * (tests/support/spec-mathprog.ts). They must agree on the status, the
 * objective, each demand's served tonnes, and every link's, node's and
 * demand's dual, checked by perturbation: re-solved with glpsol at the
 * parameter ± h, the objective's one-sided difference quotients bracket
 * every valid dual (the optimal cost is convex in a right-hand side), so the
 * engine's must lie between them.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model';
import type { Corridor, Demand, Result, Scenario, ScenarioLink, ScenarioNode } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { hasGlpsol, solveWithGlpsol, type GlpsolAnswer } from '../../support/spec-mathprog';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** m·10^e, for readable counter-examples: `magnitude(-3, 9)` gives 0.001 … 1e9 (never past 10^max). */
const magnitude = (min: number, max: number): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min, max })).map(([m, e]) => Math.min(Number(`${m}e${e}`), Number(`1e${max}`)));

const NODES = ['A', 'B', 'C', 'D'];

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    numNodes: fc.integer({ min: 2, max: 4 }),
    links: fc.array(
      fc.record({
        from: fc.nat(3),
        to: fc.nat(3),
        cost: magnitude(-3, 6),
        capacity: fc.option(fc.oneof(magnitude(-3, 9), fc.constant(0)), { nil: undefined }),
        days: fc.option(magnitude(-1, 1), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    nodeCapacity: fc.option(fc.tuple(fc.nat(3), magnitude(-3, 9)), { nil: undefined }),
    corridor: fc.option(
      fc.record({
        gates: fc.integer({ min: 1, max: 2 }),
        maxShare: fc.option(fc.constantFrom(0.1, 0.25, 0.5, 0.68, 0.9), { nil: undefined }),
        minShare: fc.option(fc.constantFrom(0.05, 0.1, 0.3), { nil: undefined }),
        minFlow: fc.option(magnitude(-3, 9), { nil: undefined }),
        maxFlow: fc.option(magnitude(-3, 9), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    demands: fc.array(
      fc.record({
        from: fc.nat(3),
        to: fc.nat(3),
        volume: magnitude(-3, 9),
        unmetPenalty: fc.option(magnitude(-3, 9), { nil: undefined }),
        valueOfTime: fc.option(magnitude(-2, 2), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ numNodes, links, nodeCapacity, corridor, demands }): Scenario => {
    const node = (i: number): string => NODES[i % numNodes]!;
    const nodes: ScenarioNode[] = NODES.slice(0, numNodes).map((id, i) =>
      nodeCapacity !== undefined && nodeCapacity[0] % numNodes === i ? { id, capacity: nodeCapacity[1] } : { id },
    );
    const scenarioLinks: ScenarioLink[] = links
      .map((l, a) => ({ id: `L${a}`, from: node(l.from), to: node(l.from + 1 + (l.to % (numNodes - 1))), cost: l.cost, ...(l.capacity !== undefined ? { capacity: l.capacity } : {}), ...(l.days !== undefined ? { days: l.days } : {}) }));
    const corridors: Corridor[] = [];
    if (corridor !== undefined) {
      const { gates, maxShare, minShare, minFlow, maxFlow } = corridor;
      corridors.push({
        id: 'c',
        gates: scenarioLinks.slice(0, gates).map((l) => l.id),
        ...(maxShare !== undefined ? { maxShare } : {}),
        ...(minShare !== undefined && (maxShare === undefined || minShare <= maxShare) ? { minShare } : {}),
        ...(minFlow !== undefined && (maxFlow === undefined || minFlow <= maxFlow) ? { minFlow } : {}),
        ...(maxFlow !== undefined ? { maxFlow } : {}),
      });
    }
    const scenarioDemands: Demand[] = demands.map((d, k) => ({
      id: `d${k}`,
      from: node(d.from),
      to: node(d.from + 1 + (d.to % (numNodes - 1))),
      volume: d.volume,
      ...(d.unmetPenalty !== undefined ? { unmetPenalty: d.unmetPenalty } : {}),
      ...(d.valueOfTime !== undefined ? { valueOfTime: d.valueOfTime } : {}),
    }));
    return { format: 'corridor-flow/scenario@1', name: 'differential', nodes, links: scenarioLinks, corridors, demands: scenarioDemands };
  })
  // Gates meant as cuts (the spec's intent; where a route crosses two gates the shares count tonnes twice).
  .filter((scenario) => parseScenario(scenario).ok && !parseScenario(scenario).warnings.some((w) => w.message.includes('gate')));

const STEP = 1e-4;

/** The optimal objective at a changed parameter; +∞ where that LP is infeasible. */
function objectiveWith(scenario: Scenario, change: (s: Scenario, value: number) => Scenario, value: number): number {
  const answer = solveWithGlpsol(change(scenario, value));
  if (answer.status === 'infeasible') return Infinity;
  if (answer.status !== 'optimal') throw new Error(`glpsol: ${answer.output}`);
  return answer.objective;
}

/**
 * The engine's dual `g` (d objective / d parameter) of a parameter at `p`,
 * against glpsol's difference quotients at p ± h: by convexity
 * (f(p) − f(p−h))/h ≤ g ≤ (f(p+h) − f(p))/h for every valid dual.
 */
function dualProblem(what: string, scenario: Scenario, base: GlpsolAnswer, p: number, g: number, change: (s: Scenario, value: number) => Scenario): string | null {
  const h = STEP * Math.max(p, 1e-3);
  const f = base.objective;
  const right = (objectiveWith(scenario, change, p + h) - f) / h;
  const left = p - h < 0 ? -Infinity : (f - objectiveWith(scenario, change, p - h)) / h;
  // glpsol's objective is right to about 1e-9 of its size; divided by h that is the quotients' noise.
  const tol = 1e-6 * Math.max(1, Math.abs(g)) + (1e-9 * Math.max(1, Math.abs(f))) / h;
  return g >= left - tol && g <= right + tol ? null : `${what}: engine's dual ${g} is outside glpsol's [${left}, ${right}] (±${tol})`;
}

function problemsOf(scenario: Scenario, result: Result, base: GlpsolAnswer): string[] {
  const problems: string[] = [];
  // An infeasibility smaller than the precision of the scenario's own numbers (minFlow 0.01 t beside
  // 1e9 t: 1e-11 of the rows it sits in) cannot be certified, and the engine says so (a numerical
  // failure, exit 3) rather than guess: that is agreement with glpsol's "infeasible" within the
  // spec's precision, never an optimum with figures.
  if (result.status === 'error' && base.status === 'infeasible' && /^numerical failure/.test(result.diagnosis?.[0] ?? '')) return [];
  if (result.status !== base.status) return [`status: engine ${result.status} (${result.diagnosis?.join('; ')}), glpsol ${base.status}`];
  if (base.status !== 'optimal') return [];
  if (!closeTo(result.objective, base.objective)) problems.push(`objective: engine ${result.objective}, glpsol ${base.objective}`);
  scenario.demands.forEach((d, k) => {
    const { served, unmet } = result.demands[k]!;
    if (!closeTo(served + unmet, d.volume)) problems.push(`demands[${k}]: served ${served} + unmet ${unmet} is not its volume ${d.volume}`);
  });
  // Served tonnes: glpsol's, or, where the optimum is not unique (a penalty equal to a route's cost),
  // a split glpsol confirms optimal when held to the engine's.
  const engineServed = result.demands.map((d) => d.served);
  if (engineServed.some((s, k) => !closeTo(s, base.served[k]!))) {
    const held = solveWithGlpsol(scenario, engineServed);
    if (held.status !== 'optimal' || !closeTo(held.objective, base.objective)) {
      problems.push(`served: engine [${engineServed.join(', ')}], glpsol [${base.served.join(', ')}], and the engine's split costs ${held.status === 'optimal' ? held.objective : held.status} in glpsol against ${base.objective}`);
    }
  }
  scenario.links.forEach((l, a) => {
    if (l.capacity === undefined) return;
    const set = (s: Scenario, value: number): Scenario => ({ ...s, links: s.links.map((x, i) => (i === a ? { ...x, capacity: value } : x)) });
    const found = dualProblem(`links[${a}] capacity`, scenario, base, l.capacity, -result.links[a]!.marginalValue, set);
    if (found !== null) problems.push(found);
  });
  scenario.nodes.forEach((n, i) => {
    if (n.capacity === undefined) return;
    const set = (s: Scenario, value: number): Scenario => ({ ...s, nodes: s.nodes.map((x, j) => (j === i ? { ...x, capacity: value } : x)) });
    const found = dualProblem(`nodes[${i}] capacity`, scenario, base, n.capacity, -result.nodes[i]!.marginalValue, set);
    if (found !== null) problems.push(found);
  });
  // A corridor's marginal value is the size of its bound rows' duals together, so its sign is
  // known, and the dual checked, where one flow bound is its only row.
  (scenario.corridors ?? []).forEach((c, j) => {
    if (c.maxShare !== undefined || c.minShare !== undefined || (c.minFlow === undefined) === (c.maxFlow === undefined)) return;
    const key = c.minFlow !== undefined ? 'minFlow' : 'maxFlow';
    const value = c[key]!;
    const set = (s: Scenario, v: number): Scenario => ({ ...s, corridors: s.corridors!.map((x, i) => (i === j ? { ...x, [key]: v } : x)) });
    const mv = result.corridors[j]!.marginalValue;
    const found = dualProblem(`corridors[${j}] ${key}`, scenario, base, value, key === 'minFlow' ? mv : -mv, set);
    if (found !== null) problems.push(found);
  });
  scenario.demands.forEach((d, k) => {
    const set = (s: Scenario, value: number): Scenario => ({ ...s, demands: s.demands.map((x, j) => (j === k ? { ...x, volume: value } : x)) });
    const found = dualProblem(`demands[${k}] volume`, scenario, base, d.volume, result.demands[k]!.marginalCost, set);
    if (found !== null) problems.push(found);
  });
  return problems;
}

/**
 * Standing in CI (.ci/run installs glpsol) with CI's seed. Every counter-
 * example it found was fixed in the engine and is held by a test in
 * tests/node/lp/numerics-at-scale.test.ts: small hard demands merged with
 * big soft ones, a corridor over its share beside a big demand left
 * unserved, a tie between route and penalty, a big demand without a route
 * read as 19 t served, a minShare's 0.05 t of 1e8 t rounded away, a share
 * row of size 9e7 hiding 0.01 t over, tonnes "served" of a demand without a
 * route, a 0.001 t minFlow beside 1e9 t. 100 scenarios take under a minute.
 */
describe.runIf(!hasGlpsol)('the engine against native GLPK', () => {
  it.skip("is skipped: glpsol (Debian's glpk-utils) is not installed here; CI installs it", () => undefined);
});

// The path method (`method: 'paths'`) is held to the same answers on fewer scenarios (a smaller run).
describe.skipIf(!hasGlpsol).each([
  ['auto', 100],
  ['paths', 30],
] as const)('the engine (method %s) against native GLPK on the spec\'s LP, written independently', (method, runs) => {
  it('should agree on status, objective, served tonnes and every dual, at magnitudes 1e-3 … 1e9', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        // A time limit turns a solve that never ends into a failing case (status time-limit) rather than a hung test.
        const result = solver.solve(scenario, { timeLimitSeconds: 10, method });
        const base = solveWithGlpsol(scenario);
        statuses.add(base.status);
        const problems = problemsOf(scenario, result, base);
        expect(problems, problems.join('\n')).toEqual([]);
      }),
      propertySettings(runs),
    );
    // The generator reaches both answers.
    expect([...statuses].sort()).toEqual(['infeasible', 'optimal']);
  }, 600_000);
});
