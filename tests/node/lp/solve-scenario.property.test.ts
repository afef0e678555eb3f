import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULTS, type Result, type Scenario } from '../../../src/model/types';
import { buildLp } from '../../../src/lp/build-lp';
import { solveByMethod } from '../../../src/lp/solve-by-method';
import { solveScenario } from '../../../src/lp/solve-scenario';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { lpCertificateProblem } from '../solver/lp-certificate';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = { numRuns: 300, ...(seed === undefined ? {} : { seed }) };

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** Why an optimal result breaks the spec's definitions, or null. */
function resultProblem(scenario: Scenario, r: Result): string | null {
  const rel = 1e-6;
  let volume = 0;
  let costOfDemands = 0;
  for (const [k, demand] of scenario.demands.entries()) {
    const d = r.demands[k]!;
    volume += demand.volume;
    if (!closeTo(d.served + d.unmet, demand.volume, rel)) return `demand ${demand.id}: served + unmet ≠ volume`;
    if (demand.unmetPenalty === undefined && d.unmet !== 0) return `hard demand ${demand.id} unmet ${d.unmet}`;
    costOfDemands += (d.unitCost ?? 0) * d.served + (demand.unmetPenalty ?? 0) * d.unmet;
  }
  if (!closeTo(r.served + r.unmet, volume, rel)) return 'served + unmet ≠ Σ volume';
  // All cost is some demand's cost: Σ unitCost · served + Σ penalty · unmet —
  // unless a corridor's lower bound is met by circulating tonnes (the spec's
  // conservation rows allow it), whose cost no served tonne carries.
  const lowerBounded = (scenario.corridors ?? []).some((c) => (c.minFlow ?? 0) > 0 || (c.minShare ?? 0) > 0);
  if (!lowerBounded && !closeTo(r.objective, costOfDemands, rel)) {
    return `objective ${r.objective} ≠ Σ demand costs ${costOfDemands}`;
  }
  for (const [l, link] of scenario.links.entries()) {
    const lr = r.links[l]!;
    if (lr.flow < 0) return `link ${link.id} flow < 0`;
    const cap = link.capacity ?? Infinity;
    if (lr.flow > cap + rel * Math.max(1, cap)) return `link ${link.id} over capacity`;
    if (lr.marginalValue < 0) return `link ${link.id} marginal value < 0`;
    if (lr.marginalValue > 0 && !closeTo(lr.flow, cap, rel)) return `link ${link.id} valued but not full`;
    if (lr.reducedCost !== null && lr.reducedCost < 0) return `link ${link.id} reduced cost ${lr.reducedCost} < 0`;
    if (lr.flow > 1e-6 && lr.reducedCost !== 0) return `link ${link.id} carries flow with reduced cost ${lr.reducedCost}`;
    if (lr.flow > 0 && lr.reducedCost === null) return `link ${link.id} carries flow but is not in the problem`;
  }
  for (const [n, node] of scenario.nodes.entries()) {
    const nr = r.nodes[n]!;
    const cap = node.capacity ?? Infinity;
    if (nr.throughput > cap + rel * Math.max(1, cap)) return `node ${node.id} over capacity`;
    if (nr.marginalValue < 0) return `node ${node.id} marginal value < 0`;
    if (nr.marginalValue > 0 && !closeTo(nr.throughput, cap, rel)) return `node ${node.id} valued but not full`;
  }
  for (const [c, corridor] of (scenario.corridors ?? []).entries()) {
    const cr = r.corridors[c]!;
    const gateFlow = corridor.gates.reduce((sum, g) => sum + r.links.find((l) => l.id === g)!.flow, 0);
    if (!closeTo(cr.flow, gateFlow, rel)) return `corridor ${corridor.id} flow ≠ Σ gate flows`;
    if (cr.marginalValue < 0) return `corridor ${corridor.id} marginal value < 0`;
    const S = r.served;
    const lower = Math.max(corridor.minFlow ?? DEFAULTS.minFlow, (corridor.minShare ?? DEFAULTS.minShare) * S);
    // maxShare 1 adds no row (see buildLp): a route crossing two gates of one corridor counts twice.
    const maxShare = corridor.maxShare ?? DEFAULTS.maxShare;
    const upper = Math.min(corridor.maxFlow ?? Infinity, maxShare < 1 ? maxShare * S : Infinity);
    if (cr.flow < lower - rel * Math.max(1, lower) || cr.flow > upper + rel * Math.max(1, upper)) {
      return `corridor ${corridor.id} flow ${cr.flow} outside [${lower}, ${upper}]`;
    }
  }
  if (r.other.flow < 0 || r.other.flow > r.served + rel * Math.max(1, r.served)) return `other ${r.other.flow}`;
  return null;
}

// Every method of solving the LP (the whole arc LP, arc-column and path generation) is held to the same checks.
describe.each(['arc', 'columns', 'paths'] as const)('solveScenario (method %s) on generated scenarios', (method) => {
  it('should end optimal or infeasible, never in error', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), (scenario) => {
        const r = solveScenario(scenario, solver.solveLp, { method });
        expect(['optimal', 'infeasible']).toContain(r.status);
      }),
      runs,
    );
  });

  it('should return an LP optimum that a dual certificate proves', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), (scenario) => {
        const build = buildLp(scenario);
        const { lp } = build;
        const solution = solveByMethod(method, build, solver.solveLp);
        if (solution.status !== 'optimal') return;
        expect(lpCertificateProblem(lp, solution)).toBeNull();
      }),
      runs,
    );
  });

  it('should read results that meet the spec’s definitions', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), (scenario) => {
        const r = solveScenario(scenario, solver.solveLp, { method });
        if (r.status !== 'optimal') return;
        expect(resultProblem(scenario, r)).toBeNull();
      }),
      runs,
    );
  });

  it('should name shortfalls that, once removed, leave a feasible scenario', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), (scenario) => {
        const r = solveScenario(scenario, solver.solveLp, { method });
        if (r.status !== 'infeasible') return;
        expect(r.diagnosis!.length).toBeGreaterThan(0);
        const shortfalls = r.shortfalls ?? [];
        if (shortfalls.length === 0) return; // a corridor bound is to blame
        const demands = scenario.demands.flatMap((d) => {
          const short = shortfalls.find((s) => s.demand === d.id);
          if (!short) return [d];
          const rest = d.volume - short.unmet;
          // Nothing of it can be served: keep it, free to go unmet, since its
          // tonnes may still circulate towards a corridor's lower bound.
          return rest <= 1e-9 * d.volume ? [{ ...d, unmetPenalty: 0 }] : [{ ...d, volume: rest }];
        });
        const reduced = solveScenario({ ...scenario, demands }, solver.solveLp, { method });
        expect(reduced.status).toBe('optimal');
      }),
      runs,
    );
  });
});
