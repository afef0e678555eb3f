import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../../../src/model/parse-scenario';
import type { Scenario } from '../../../../src/model/types';
import { ROOT } from './run-built-cli';

/** A model of `models/`, by name without `.json`: its path (as given on a command line) and its parsed scenario. */
export function model(name: string): { readonly path: string; readonly scenario: Scenario } {
  const path = join(ROOT, 'models', `${name}.json`);
  const parsed = parseScenario(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`models/${name}.json is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { path, scenario: parsed.scenario };
}
