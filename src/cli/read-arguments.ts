import { METHOD_OPTIONS } from './method-option';
import type { Problem } from '../model/types';
import type { CommandName } from './parse-args';
import { TIME_LIMIT_OPTIONS } from './time-limit-option';

export const SEE_HELP = 'see corridor-flow --help';

/** `flag`: no value; `value`: one value, once; `repeatable`: one value, any number of times. */
type OptionKind = 'flag' | 'value' | 'repeatable';

/** Options each command takes. */
const OPTIONS: Readonly<Record<CommandName, Readonly<Record<string, OptionKind>>>> = {
  solve: { '--json': 'flag', ...TIME_LIMIT_OPTIONS, ...METHOD_OPTIONS },
  validate: {},
  sweep: { '--set': 'value', '--from': 'value', '--to': 'value', '--steps': 'value', '--json': 'flag', '--csv': 'flag', ...TIME_LIMIT_OPTIONS, ...METHOD_OPTIONS },
  compare: { '--json': 'flag', '--csv': 'flag', ...TIME_LIMIT_OPTIONS, ...METHOD_OPTIONS },
  resilience: { '--json': 'flag', '--csv': 'flag', '--value-of-lost-load': 'value', ...TIME_LIMIT_OPTIONS, ...METHOD_OPTIONS },
  montecarlo: { '--runs': 'value', '--seed': 'value', '--vary': 'repeatable', '--json': 'flag', '--csv': 'flag', ...TIME_LIMIT_OPTIONS, ...METHOD_OPTIONS },
  check: { '--runs': 'value', '--seed': 'value', '--out': 'value', '--json': 'flag', ...TIME_LIMIT_OPTIONS, ...METHOD_OPTIONS },
  calibrate: { '--out': 'value', '--json': 'flag', '--time-limit': 'value', '--year': 'value' },
  plan: { '--json': 'flag', '--csv': 'flag', '--gap': 'value', '--time-limit': 'value' },
};

/** The options as read, before each command checks them. */
export interface ReadOptions {
  /** An option given without its value maps to undefined: reported once, not again as missing. */
  readonly values: ReadonlyMap<string, string | undefined>;
  readonly repeated: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/**
 * Sorts the arguments after the command into its options (each checked against what the command takes)
 * and positionals (the files).
 */
export function readArguments(name: CommandName, rest: readonly string[], errors: Problem[]): { readonly options: ReadOptions; readonly positionals: readonly string[] } {
  const allowed = OPTIONS[name];
  const values = new Map<string, string | undefined>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    // `-` alone is a file name (standard input), not an option.
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      errors.push({ path: arg, message: `unknown option for ${name} (${SEE_HELP})` });
      continue;
    }
    const eq = arg.indexOf('=');
    const option = eq >= 0 ? arg.slice(0, eq) : arg;
    const kind = Object.hasOwn(allowed, option) ? allowed[option] : undefined;
    if (kind === undefined) {
      errors.push({ path: option, message: `unknown option for ${name} (${SEE_HELP})` });
      continue;
    }
    if (kind === 'flag') {
      if (eq >= 0) errors.push({ path: option, message: 'takes no value' });
      flags.add(option);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < rest.length) value = rest[++i];
    if (kind === 'repeatable') {
      if (value === undefined) errors.push({ path: option, message: 'expects a value' });
      else repeated.set(option, [...(repeated.get(option) ?? []), value]);
      continue;
    }
    if (value === undefined) {
      errors.push({ path: option, message: 'expects a value' });
      values.set(option, undefined);
      continue;
    }
    if (values.has(option)) errors.push({ path: option, message: 'given more than once' });
    values.set(option, value);
  }
  return { options: { values, repeated, flags }, positionals };
}
