/**
 * Checks a result against its scenario without a solver: every invariant
 * the spec states (`INVARIANTS` in ./types.ts says which), ending with the
 * optimality certificate of the spec's "Results" section.
 */
import type { Result, Scenario } from '../model/types';
import { checkCapacities } from './check-capacities';
import { checkCertificate } from './check-certificate';
import { checkAggregateConservation, checkDemandConservation } from './check-conservation';
import type { Add, CheckContext } from './check-context';
import { checkCorridors } from './check-corridors';
import { checkDemandBalance } from './check-demand-balance';
import { checkObjective } from './check-objective';
import { checkShape } from './check-shape';
import { checkStatus } from './check-status';
import { readDemandFlows } from './read-demand-flows';
import { resolveNetwork } from './resolve-network';
import type { CheckResultOptions, Violation } from './types';

/**
 * Checks `result` against `scenario` and returns every broken invariant
 * (empty when all hold). Never throws on a malformed result: a missing or
 * non-finite field is reported as `result-shape`.
 *
 * Exactness. With the `flows` extension on every demand (per-demand link
 * flows), every invariant is checked exactly. Without it:
 * - `demand-conservation` is skipped; `aggregate-conservation` checks the sum
 *   over demands at every node instead;
 * - `objective` is recomputed from the link and node totals plus each
 *   demand's reported `days` (the value-of-time part), and `demand-days`
 *   checks those days only in total (Σ served × days = Σ days × flow over
 *   links and nodes); when every served demand has the same value of time,
 *   or nothing takes time, this is exactly the objective from the flows;
 * - `cheapest-routes` checks the weaker form: every link that carries flow
 *   lies on a cheapest route of some demand that is served.
 *
 * The certificate. Each link is priced at cost + valueOfTime × days + its
 * marginal value, plus the price of entering its head node (cost +
 * valueOfTime × days + the node's marginal value); a route also pays its
 * origin's price. A gate link adds its corridor's marginal value when an
 * upper bound binds and subtracts it when a lower bound binds; a binding
 * share bound also moves the price of serving any tonne by the share times
 * that value (down for an upper bound, up for a lower one). Which bound
 * binds is read off the flows; where two bounds of a corridor bind at once
 * and the sign or the share term cannot be told apart, the checks that
 * depend on it are skipped rather than guessed.
 */
export function checkResult(scenario: Scenario, result: Result, options: CheckResultOptions = {}): Violation[] {
  const rel = options.tolerance ?? 1e-6;
  const violations: Violation[] = [];
  const add: Add = (invariant, item, message) => {
    violations.push(item === undefined ? { invariant, message } : { invariant, item, message });
  };
  const net = resolveNetwork(scenario);
  if (!checkStatus(scenario, result, rel, add)) return violations;
  const entries = checkShape(scenario, net, result, add);
  if (entries === undefined) return violations;
  const ctx: CheckContext = { net, entries, rel, flowTol: rel * Math.max(1, net.totalVolume), add };

  checkCapacities(ctx);
  const totalServed = checkDemandBalance(ctx, result);
  checkAggregateConservation(ctx);
  const perDemand = readDemandFlows(net, result.demands, entries.demandEntry, options.requireDemandFlows === true, ctx.flowTol, add);
  if (perDemand !== undefined) checkDemandConservation(ctx, perDemand);
  const gateFlow = checkCorridors(ctx, result, totalServed);
  checkObjective(ctx, result, perDemand);
  checkCertificate(ctx, perDemand, gateFlow, totalServed);
  return violations;
}
