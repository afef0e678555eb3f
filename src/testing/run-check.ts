/**
 * The whole battery on one user's scenario: what `corridor-flow check` and
 * the app run.
 */
import fc from 'fast-check';
import type { Scenario } from '../model/types';
import { checkResult } from './check-result';
import { metamorphic } from './metamorphic';
import { scenarioVariantArbitrary } from './scenario-variant-arbitrary';
import type { CheckReport, CheckSummary, MetamorphicRelation, RelationName, RunCheckOptions, SolveFunction, Violation } from './types';

interface Check {
  readonly name: 'result' | RelationName;
  readonly arbitrary: fc.Arbitrary<{ readonly scenario: Scenario; readonly params?: unknown }>;
  readonly applies: (scenario: Scenario) => boolean;
  readonly run: (scenario: Scenario, params: unknown) => Promise<Violation[]>;
}

/**
 * Runs `checkResult` and every metamorphic relation on variants of
 * `scenario` (`scenarioVariantArbitrary`), `runs` variants per check, with
 * fast-check and a fixed seed. Returns, as data, how many variants each
 * check saw and how many broke it, and the first failing check's
 * counter-example shrunk by fast-check: a scenario that opens in the app.
 *
 * Every case is run once to count failures; when one fails, that check is
 * run again with the same seed (the same variants, in the same order) so
 * that fast-check stops at the first failure and shrinks it.
 *
 * `options.solve` defaults to `createTestSolver()` (glpk.js in this
 * process), loaded only when needed.
 */
export async function runCheck(scenario: Scenario, options: RunCheckOptions = {}): Promise<CheckReport> {
  const runs = options.runs ?? 50;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runCheck: options.runs should be a whole number ≥ 1, got ${String(runs)}`);
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  const solve: SolveFunction = options.solve ?? (await (await import('./create-test-solver')).createTestSolver());
  const variants = scenarioVariantArbitrary(scenario, options.variants);

  const checks: Check[] = [
    {
      name: 'result',
      arbitrary: variants.map((variant) => ({ scenario: variant })),
      applies: () => true,
      run: async (variant) => checkResult(variant, await solve(variant), options.check),
    },
    ...Object.values(metamorphic).map((relation): Check => {
      const typed = relation as MetamorphicRelation<unknown>;
      return {
        name: typed.relation,
        arbitrary: variants.chain((variant) => typed.params(variant).map((params) => ({ scenario: variant, params }))),
        applies: typed.applies,
        run: (variant, params) => typed(solve, variant, params),
      };
    }),
  ];

  const summaries: CheckSummary[] = [];
  let counterExample: CheckReport['counterExample'];
  for (const check of checks) {
    let cases = 0;
    let failures = 0;
    let skipped = 0;
    const evaluate = async (input: { readonly scenario: Scenario; readonly params?: unknown }): Promise<Violation[]> => {
      try {
        return await check.run(input.scenario, input.params);
      } catch (error) {
        return [{ invariant: 'result-shape', message: `solving or checking threw: ${error instanceof Error ? error.message : String(error)}` }];
      }
    };
    // First pass: count, never stop.
    await fc.check(
      fc.asyncProperty(check.arbitrary, async (input) => {
        cases++;
        if (!check.applies(input.scenario)) {
          skipped++;
          return true;
        }
        if ((await evaluate(input)).length > 0) failures++;
        return true;
      }),
      { numRuns: runs, seed },
    );
    summaries.push({ name: check.name, cases, failures, skipped });
    if (failures === 0 || counterExample !== undefined) continue;
    // Second pass: same seed, stop at the first failure and shrink it.
    const details = await fc.check(
      fc.asyncProperty(check.arbitrary, async (input) => (await evaluate(input)).length === 0),
      { numRuns: runs, seed },
    );
    const found = details.counterexample?.[0];
    if (found !== undefined) {
      counterExample = {
        check: check.name,
        scenario: found.scenario,
        ...(found.params !== undefined ? { params: found.params } : {}),
        violations: await evaluate(found),
      };
    }
  }
  return { seed, checks: summaries, ...(counterExample !== undefined ? { counterExample } : {}) };
}
