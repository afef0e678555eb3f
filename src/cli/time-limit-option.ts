import type { Problem } from '../model/types';
import { parseNumber } from './parse-number';

/**
 * Longest `--time-limit`, seconds (a little over 11 days): Node's timers
 * hold at most 2^31 − 1 ms (24.8 days) and fire at once beyond it.
 */
export const MAX_TIME_LIMIT_SECONDS = 1_000_000;

/** What every command that solves takes: spread into its entry of the option table. */
export const TIME_LIMIT_OPTIONS = { '--time-limit': 'value' } as const;

/** The part of a command that says how long it may run (see `runSolving`). */
export interface TimeLimited {
  /** Seconds of wall time for the whole command, > 0; undefined: no limit. */
  readonly timeLimitSeconds?: number;
}

/**
 * `--time-limit <seconds>` as given to a command (`values` is the command's
 * options as read): a number of seconds above 0 and at most
 * `MAX_TIME_LIMIT_SECONDS`, fractions allowed. Spread the answer into the
 * command: `{ kind: 'plan', …, ...readTimeLimit(values, errors) }`.
 */
export function readTimeLimit(values: ReadonlyMap<string, string | undefined>, errors: Problem[]): TimeLimited {
  const text = values.get('--time-limit');
  if (text === undefined) return {};
  const seconds = parseNumber(text);
  if (seconds === undefined || !(seconds > 0) || seconds > MAX_TIME_LIMIT_SECONDS) {
    errors.push({ path: '--time-limit', message: `expected a number of seconds above 0 and at most ${MAX_TIME_LIMIT_SECONDS}, got "${text}"` });
    return {};
  }
  return { timeLimitSeconds: seconds };
}
