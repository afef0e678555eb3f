import { parseJsonText } from './parse-json-text';
import { failedCheck, outcomeOf, startFindings, STEPS } from './parse-scenario';
import type { ParseOutcome } from './types';

/**
 * `parseScenario` (parse-scenario.ts), with `pause()` awaited between its checks, so that a
 * page validating a large scenario stays responsive: the same outcome, the
 * same problems in the same order. Never rejects (unless `pause` does).
 * The input must not change until the promise settles.
 */
export async function parseScenarioInSlices(input: string | unknown, pause: () => Promise<void>): Promise<ParseOutcome> {
  try {
    let value = input;
    if (typeof input === 'string') {
      const text = parseJsonText(input);
      if (!text.ok) return { ok: false, errors: [text.problem], warnings: [] };
      value = text.value;
      await pause();
    }
    const found = startFindings(value);
    if (!('root' in found)) return found;
    // Not even the first check in the caller's task: setting a large scenario as an object returned only after
    // its forbidden-key walk (7-12 ms of a 34 ms task at a million arc-LP variables).
    await pause();
    for (const step of STEPS) {
      step(found);
      await pause();
    }
    return outcomeOf(found);
  } catch (error) {
    return failedCheck(error);
  }
}
