import type { Problem } from '../model/types';

/** What the command line was asked to do, once its arguments are valid. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'solve'; readonly file: string; readonly json: boolean }
  | { readonly kind: 'validate'; readonly file: string }
  | {
      readonly kind: 'sweep';
      readonly file: string;
      /** Parameter path, e.g. `links.<id>.capacity`. */
      readonly set: string;
      readonly from: number;
      readonly to: number;
      /** Integer ≥ 1. */
      readonly steps: number;
      readonly output: 'table' | 'json' | 'csv';
    };

export type ParseArgsOutcome =
  | { readonly ok: true; readonly command: CliCommand }
  | { readonly ok: false; readonly errors: readonly Problem[] };

export const COMMANDS = ['solve', 'validate', 'sweep'] as const;
type CommandName = (typeof COMMANDS)[number];

/** Options each command takes; `true` when the option takes a value. */
const OPTIONS: Readonly<Record<CommandName, Readonly<Record<string, boolean>>>> = {
  solve: { '--json': false },
  validate: {},
  sweep: { '--set': true, '--from': true, '--to': true, '--steps': true, '--json': false, '--csv': false },
};

const SEE_HELP = 'see corridor-flow --help';

/**
 * Reads the command line's arguments (without `node` and the script).
 * `--help`/`-h` and `--version`/`-v` win over everything else. Every problem
 * is reported at once, each with its "path": the option (`--steps`), `file`,
 * `command`, or the stray argument itself.
 */
export function parseArgs(argv: readonly string[]): ParseArgsOutcome {
  if (argv.some((a) => a === '--help' || a === '-h')) return ok({ kind: 'help' });
  if (argv.some((a) => a === '--version' || a === '-v')) return ok({ kind: 'version' });

  const [name, ...rest] = argv;
  if (name === undefined) {
    return fail([{ path: 'command', message: `missing; expected one of ${COMMANDS.join(', ')} (${SEE_HELP})` }]);
  }
  if (!isCommandName(name)) {
    return fail([{ path: 'command', message: `unknown command "${name}"; expected one of ${COMMANDS.join(', ')} (${SEE_HELP})` }]);
  }

  const errors: Problem[] = [];
  const allowed = OPTIONS[name];
  // An option given without its value maps to undefined: reported once, not again as missing.
  const values = new Map<string, string | undefined>();
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
    const takesValue = allowed[option];
    if (takesValue === undefined) {
      errors.push({ path: option, message: `unknown option for ${name} (${SEE_HELP})` });
      continue;
    }
    if (!takesValue) {
      if (eq >= 0) errors.push({ path: option, message: 'takes no value' });
      flags.add(option);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < rest.length) value = rest[++i];
    if (value === undefined) {
      errors.push({ path: option, message: 'expects a value' });
      values.set(option, undefined);
      continue;
    }
    if (values.has(option)) errors.push({ path: option, message: 'given more than once' });
    values.set(option, value);
  }

  const file = positionals[0];
  if (file === undefined) errors.push({ path: 'file', message: 'missing: a scenario .json file, or - for standard input' });
  for (const extra of positionals.slice(1)) {
    errors.push({ path: extra, message: `unexpected argument: ${name} takes one file` });
  }

  switch (name) {
    case 'solve':
      return errors.length > 0 ? fail(errors) : ok({ kind: 'solve', file: file!, json: flags.has('--json') });
    case 'validate':
      return errors.length > 0 ? fail(errors) : ok({ kind: 'validate', file: file! });
    case 'sweep': {
      const set = values.get('--set');
      if (set === undefined) {
        if (!values.has('--set')) errors.push({ path: '--set', message: 'missing: the parameter path, e.g. links.<id>.capacity' });
      } else if (set.trim() === '') errors.push({ path: '--set', message: 'expected a parameter path such as links.<id>.capacity, got ""' });
      const from = readNumber(values, '--from', errors);
      const to = readNumber(values, '--to', errors);
      const steps = readSteps(values, errors);
      if (flags.has('--json') && flags.has('--csv')) errors.push({ path: '--csv', message: 'cannot be combined with --json' });
      if (errors.length > 0) return fail(errors);
      const output = flags.has('--json') ? 'json' : flags.has('--csv') ? 'csv' : 'table';
      return ok({ kind: 'sweep', file: file!, set: set!, from: from!, to: to!, steps: steps!, output });
    }
  }
}

function readNumber(values: ReadonlyMap<string, string | undefined>, option: string, errors: Problem[]): number | undefined {
  const text = values.get(option);
  if (text === undefined) {
    if (!values.has(option)) errors.push({ path: option, message: 'missing: a number' });
    return undefined;
  }
  const value = parseNumber(text);
  if (value === undefined) errors.push({ path: option, message: `expected a finite number, got "${text}"` });
  return value;
}

function readSteps(values: ReadonlyMap<string, string | undefined>, errors: Problem[]): number | undefined {
  const text = values.get('--steps');
  if (text === undefined) {
    if (!values.has('--steps')) errors.push({ path: '--steps', message: 'missing: the number of values, an integer ≥ 1' });
    return undefined;
  }
  const value = parseNumber(text);
  if (value === undefined || !Number.isInteger(value) || value < 1) {
    errors.push({ path: '--steps', message: `expected an integer ≥ 1, got "${text}"` });
    return undefined;
  }
  return value;
}

/** A decimal number as JSON would write it (also `1e6`, `.5`, `+3`); not hex, not "", not Infinity. */
function parseNumber(text: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function isCommandName(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function ok(command: CliCommand): ParseArgsOutcome {
  return { ok: true, command };
}

function fail(errors: readonly Problem[]): ParseArgsOutcome {
  return { ok: false, errors };
}
