import type { Scenario } from '../model/types';
import type { CheckReport, Violation } from '../testing/types';

type CounterExample = NonNullable<CheckReport['counterExample']>;

/**
 * The counter-example `check` writes: the shrunk variant as a scenario file
 * that opens in the app, renamed so it is not mistaken for the original, its
 * description saying which check failed, how (every violation), with what
 * relation parameters, and the seed that repeats the run.
 */
export function counterExampleScenario(original: Scenario, counterExample: CounterExample, seed: number): Scenario {
  const params = counterExample.params === undefined ? '' : ` Relation parameters: ${JSON.stringify(counterExample.params)}.`;
  return {
    ...counterExample.scenario,
    name: `${original.name} (counter-example: ${counterExample.check})`,
    description:
      `Found by corridor-flow check --seed ${seed}: a variant of "${original.name}" on which the check ${counterExample.check} fails. ` +
      `${counterExample.violations.map(describeViolation).join(' ')}${params}`,
  };
}

/** `objective (links.l3): message`, one sentence. */
export function describeViolation(violation: Violation): string {
  const text = `${violation.invariant}${violation.item !== undefined ? ` (${violation.item})` : ''}: ${violation.message}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
