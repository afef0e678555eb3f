import type { Problem } from '../model/types';
import { parseNumber } from './parse-number';
import { parseVary, VARY_SYNTAX, type VaryOption } from './parse-vary';
import { MAX_SWEEP_STEPS } from '../analysis/limits';
import { readMethod, type MethodChosen } from './method-option';
import { readTimeLimit, type TimeLimited } from './time-limit-option';
import { readArguments, SEE_HELP, type ReadOptions } from './read-arguments';

/** How a command prints its answer: a readable table, JSON, or CSV where a table fits. */
export type OutputFormat = 'table' | 'json' | 'csv';

/** What the command line was asked to do, once its arguments are valid. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | ({ readonly kind: 'solve'; readonly file: string; readonly json: boolean } & TimeLimited & MethodChosen)
  | { readonly kind: 'validate'; readonly file: string }
  | ({
      readonly kind: 'sweep';
      readonly file: string;
      /** Parameter path, e.g. `links.<id>.capacity`. */
      readonly set: string;
      readonly from: number;
      readonly to: number;
      /** Integer from 1 to `MAX_SWEEP_STEPS`. */
      readonly steps: number;
      readonly output: OutputFormat;
    } & TimeLimited & MethodChosen)
  | ({
      readonly kind: 'compare';
      /** Two or more; at most one of them `-`. */
      readonly files: readonly string[];
      readonly output: OutputFormat;
    } & TimeLimited & MethodChosen)
  | ({
      readonly kind: 'resilience';
      readonly file: string;
      readonly output: OutputFormat;
      /** USD/t for hard demand left unserved; absent: DEFAULT_VALUE_OF_LOST_LOAD. */
      readonly valueOfLostLoad?: number;
    } & TimeLimited & MethodChosen)
  | ({
      readonly kind: 'montecarlo';
      readonly file: string;
      /** Integer from 1 to `MAX_RUNS`. */
      readonly runs: number;
      /** Integer from 0 to `MAX_SEED`. */
      readonly seed: number;
      /** In the order given; empty means the scenario's own `uncertainty`. */
      readonly vary: readonly VaryOption[];
      readonly output: OutputFormat;
    } & TimeLimited & MethodChosen)
  | ({
      readonly kind: 'check';
      readonly file: string;
      /** Variants per check; undefined: `runCheck`'s default. */
      readonly runs?: number;
      /** undefined: a random seed, printed so the run can be repeated. */
      readonly seed?: number;
      /** Where a counter-example is written; undefined: `counterexample.json` beside the input. */
      readonly out?: string;
      readonly json: boolean;
    } & TimeLimited & MethodChosen)
  | {
      readonly kind: 'calibrate';
      readonly file: string;
      readonly out?: string;
      readonly json: boolean;
      readonly timeLimitSeconds?: number;
      /** Fit this year's observations; undefined: each figure's latest. */
      readonly year?: number;
    }
  | {
      readonly kind: 'plan';
      readonly file: string;
      readonly output: OutputFormat;
      /** Relative MIP gap, ≥ 0; undefined: the spec's 1e-6. */
      readonly gap?: number;
      /** Seconds, > 0; undefined: no limit. */
      readonly timeLimit?: number;
    };

export type ParseArgsOutcome =
  | { readonly ok: true; readonly command: CliCommand }
  | { readonly ok: false; readonly errors: readonly Problem[] };

export const COMMANDS = ['solve', 'validate', 'sweep', 'compare', 'resilience', 'montecarlo', 'check', 'calibrate', 'plan'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Most solves one `--runs` asks for: every result is kept in memory until the summary. */
export const MAX_RUNS = 100_000;
/** Seeds are 31-bit, as fast-check's and the Monte Carlo generator's are. */
export const MAX_SEED = 0x7fffffff;

/**
 * Reads the command line's arguments (without `node` and the script).
 * `--help`/`-h` and `--version`/`-v` win over everything else. Every problem
 * is reported at once, each with its "path": the option (`--steps`, or
 * `--vary[1]` for the second `--vary`), `file`, `command`, or the stray
 * argument itself.
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
  const { options, positionals } = readArguments(name, rest, errors);
  if (name === 'compare') return readCompare(positionals, options, errors);

  const file = positionals[0];
  if (file === undefined) errors.push({ path: 'file', message: 'missing: a scenario .json file, or - for standard input' });
  for (const extra of positionals.slice(1)) {
    errors.push({ path: extra, message: `unexpected argument: ${name} takes one file` });
  }
  return READERS[name](file!, options, errors);
}

/** Reads one command's options, once its file (checked by then) is known; `errors` holds what was found so far. */
type CommandReader = (file: string, options: ReadOptions, errors: Problem[]) => ParseArgsOutcome;

const READERS: Readonly<Record<Exclude<CommandName, 'compare'>, CommandReader>> = {
  solve: (file, { values, flags }, errors) => {
    const limit = { ...readTimeLimit(values, errors), ...readMethod(values, errors) };
    return errors.length > 0 ? fail(errors) : ok({ kind: 'solve', file, json: flags.has('--json'), ...limit });
  },
  validate: (file, _options, errors) => (errors.length > 0 ? fail(errors) : ok({ kind: 'validate', file })),
  sweep: readSweep,
  resilience: readResilience,
  montecarlo: readMontecarlo,
  calibrate: readCalibrate,
  check: readCheck,
  plan: readPlan,
};

function readCompare(positionals: readonly string[], options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  if (positionals.length === 0) errors.push({ path: 'file', message: 'missing: two or more scenario .json files (- for standard input)' });
  else if (positionals.length === 1) errors.push({ path: 'file', message: `compare needs two or more scenario files, got only ${positionals[0]}` });
  if (positionals.filter((f) => f === '-').length > 1) errors.push({ path: '-', message: 'standard input can be read only once; give - at most once' });
  const output = readOutput(options, errors);
  const limit = { ...readTimeLimit(options.values, errors), ...readMethod(options.values, errors) };
  return errors.length > 0 ? fail(errors) : ok({ kind: 'compare', files: positionals, output, ...limit });
}

function readSweep(file: string, options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  const { values } = options;
  const set = values.get('--set');
  if (set === undefined) {
    if (!values.has('--set')) errors.push({ path: '--set', message: 'missing: the parameter path, e.g. links.<id>.capacity' });
  } else if (set.trim() === '') errors.push({ path: '--set', message: 'expected a parameter path such as links.<id>.capacity, got ""' });
  const from = readNumber(values, '--from', errors);
  const to = readNumber(values, '--to', errors);
  const steps = readSteps(values, errors);
  const output = readOutput(options, errors);
  const limit = { ...readTimeLimit(values, errors), ...readMethod(values, errors) };
  if (errors.length > 0) return fail(errors);
  return ok({ kind: 'sweep', file, set: set!, from: from!, to: to!, steps: steps!, output, ...limit });
}

function readResilience(file: string, options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  const { values } = options;
  const output = readOutput(options, errors);
  const limit = { ...readTimeLimit(values, errors), ...readMethod(values, errors) };
  const valueOfLostLoad = values.has('--value-of-lost-load') ? readNumber(values, '--value-of-lost-load', errors) : undefined;
  if (valueOfLostLoad !== undefined && !(valueOfLostLoad >= 0)) {
    errors.push({ path: '--value-of-lost-load', message: `expected USD per tonne, 0 or more, got ${valueOfLostLoad}` });
  }
  if (errors.length > 0) return fail(errors);
  return ok({ kind: 'resilience', file, output, ...(valueOfLostLoad === undefined ? {} : { valueOfLostLoad }), ...limit });
}

function readMontecarlo(file: string, options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  const { values } = options;
  const runs = readInteger(values, '--runs', 1, MAX_RUNS, 'the number of draws', errors);
  const seed = readInteger(values, '--seed', 0, MAX_SEED, 'the seed of the draws', errors);
  const vary: VaryOption[] = [];
  (options.repeated.get('--vary') ?? []).forEach((text, index) => {
    const parsed = parseVary(text);
    if (parsed === undefined) errors.push({ path: `--vary[${index}]`, message: `expected ${VARY_SYNTAX}, got "${text}"` });
    else vary.push(parsed);
  });
  const output = readOutput(options, errors);
  const limit = { ...readTimeLimit(values, errors), ...readMethod(values, errors) };
  if (errors.length > 0) return fail(errors);
  return ok({ kind: 'montecarlo', file, runs: runs!, seed: seed!, vary, output, ...limit });
}

function readCheck(file: string, options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  const { values } = options;
  const runs = values.has('--runs') ? readInteger(values, '--runs', 1, MAX_RUNS, 'variants per check', errors) : undefined;
  const seed = values.has('--seed') ? readInteger(values, '--seed', 0, MAX_SEED, 'the seed', errors) : undefined;
  const out = values.get('--out');
  if (out !== undefined && out.trim() === '') errors.push({ path: '--out', message: 'expected a file name for the counter-example, got ""' });
  const limit = { ...readTimeLimit(values, errors), ...readMethod(values, errors) };
  if (errors.length > 0) return fail(errors);
  return ok({
    kind: 'check',
    file,
    ...(runs !== undefined ? { runs } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(out !== undefined ? { out } : {}),
    json: options.flags.has('--json'),
    ...limit,
  });
}

function readPlan(file: string, options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  const { values } = options;
  const output = readOutput(options, errors);
  const gap = values.has('--gap') ? readBounded(values, '--gap', (v) => v >= 0 && v < 1, 'a relative gap ≥ 0 and < 1, e.g. 0.01', errors) : undefined;
  const timeLimit = values.has('--time-limit') ? readBounded(values, '--time-limit', (v) => v > 0, 'a number of seconds > 0', errors) : undefined;
  if (errors.length > 0) return fail(errors);
  return ok({ kind: 'plan', file, output, ...(gap !== undefined ? { gap } : {}), ...(timeLimit !== undefined ? { timeLimit } : {}) });
}

function readBounded(
  values: ReadonlyMap<string, string | undefined>,
  option: string,
  test: (value: number) => boolean,
  expected: string,
  errors: Problem[],
): number | undefined {
  const text = values.get(option);
  if (text === undefined) return undefined; // "expects a value" already said
  const value = parseNumber(text);
  if (value === undefined || !test(value)) {
    errors.push({ path: option, message: `expected ${expected}, got "${text}"` });
    return undefined;
  }
  return value;
}

function readCalibrate(file: string, options: ReadOptions, errors: Problem[]): ParseArgsOutcome {
  const out = options.values.get('--out');
  if (out !== undefined && out.trim() === '') errors.push({ path: '--out', message: 'expected a file name for the calibrated scenario, got ""' });
  let timeLimitSeconds: number | undefined;
  const limit = options.values.get('--time-limit');
  if (limit !== undefined) {
    timeLimitSeconds = parseNumber(limit);
    if (timeLimitSeconds === undefined || timeLimitSeconds <= 0) errors.push({ path: '--time-limit', message: `expected a number of seconds > 0, got "${limit}"` });
  }
  const year = options.values.has('--year') ? readInteger(options.values, '--year', -9999, 9999, 'the year of the observations to fit', errors) : undefined;
  if (errors.length > 0) return fail(errors);
  return ok({
    kind: 'calibrate',
    ...(year !== undefined ? { year } : {}),
    file,
    ...(out !== undefined ? { out } : {}),
    json: options.flags.has('--json'),
    ...(timeLimitSeconds !== undefined ? { timeLimitSeconds } : {}),
  });
}

function readOutput(options: ReadOptions, errors: Problem[]): OutputFormat {
  const { flags } = options;
  if (flags.has('--json') && flags.has('--csv')) errors.push({ path: '--csv', message: 'cannot be combined with --json' });
  return flags.has('--json') ? 'json' : flags.has('--csv') ? 'csv' : 'table';
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
  // Bounded: each value's result is kept until the sweep ends (a huge --steps was an out-of-memory crash).
  if (value === undefined || !Number.isInteger(value) || value < 1) {
    errors.push({ path: '--steps', message: `expected an integer ≥ 1, got "${text}"` });
    return undefined;
  }
  if (value > MAX_SWEEP_STEPS) {
    errors.push({ path: '--steps', message: `expected an integer from 1 to ${MAX_SWEEP_STEPS}, got "${text}"` });
    return undefined;
  }
  return value;
}

function readInteger(
  values: ReadonlyMap<string, string | undefined>,
  option: string,
  min: number,
  max: number,
  what: string,
  errors: Problem[],
): number | undefined {
  const text = values.get(option);
  if (text === undefined) {
    if (!values.has(option)) errors.push({ path: option, message: `missing: ${what}, an integer from ${min} to ${max}` });
    return undefined;
  }
  const value = parseNumber(text);
  if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
    errors.push({ path: option, message: `expected an integer from ${min} to ${max}, got "${text}"` });
    return undefined;
  }
  return value;
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
