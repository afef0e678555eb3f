import { compareScenarios, type ComparedScenario } from '../analysis/compare';
import type { SolveOne } from '../analysis/types';
import type { Problem, Result, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { batchExitCode } from './batch-exit-code';
import type { CliIo } from './cli-io';
import { defaultSolve } from './default-solve';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { formatCompareCsv } from '../analysis/format-compare-csv';
import { formatCompareTable } from './format-compare-table';
import type { CliCommand } from './parse-args';
import { readScenarioText } from './read-scenario';
import { writeProblems } from './write-problems';

/**
 * `corridor-flow compare <a.json> <b.json> [more…]`: solves each scenario
 * and puts them side by side with `compareScenarios`. Every file is read and
 * checked before anything is solved; with several files each problem's path
 * starts with its file. Exit code: the worst of the solves' (3 if one
 * failed, else 1 if one is not optimal, else 0).
 */
export async function compareCommand(
  command: Extract<CliCommand, { kind: 'compare' }>,
  io: CliIo,
  solve: SolveOne = defaultSolve(),
): Promise<ExitCode> {
  const errors: Problem[] = [];
  const scenarios: Scenario[] = [];
  for (const file of command.files) {
    const read = await readScenarioText(file, io);
    if (!read.ok) {
      errors.push(read.problem);
      continue;
    }
    const parsed = parseScenario(read.text);
    if (!parsed.ok) errors.push(...parsed.errors.map((e) => inFile(file, e)));
    else {
      writeProblems(io, parsed.warnings.map((w) => inFile(file, w)), 'warning: ');
      scenarios.push(parsed.scenario);
    }
  }
  if (errors.length > 0) {
    writeProblems(io, errors);
    return EXIT_CODE.invalid;
  }

  const names = displayNames(scenarios.map((s) => s.name), command.files);
  const items: ComparedScenario[] = [];
  for (const [i, scenario] of scenarios.entries()) items.push({ name: names[i]!, scenario, result: await solve(scenario) });
  const comparison = compareScenarios(items);
  switch (command.output) {
    case 'json':
      io.stdout(`${JSON.stringify({ files: command.files, ...comparison }, null, 2)}\n`);
      break;
    case 'csv':
      io.stdout(formatCompareCsv(comparison));
      break;
    case 'table':
      io.stdout(formatCompareTable(comparison, command.files));
      break;
  }
  items.forEach(({ result }, i) => {
    if (result.status === 'error') io.stderr(`${command.files[i]}: solver failed: ${reasons(result)}\n`);
    else if (result.status !== 'optimal') io.stderr(`${command.files[i]}: ${result.status}: ${reasons(result)}\n`);
  });
  return batchExitCode(items.map((i) => i.result.status));
}

/** A problem of one of several files: its path starts with the file. */
function inFile(file: string, problem: Problem): Problem {
  return { path: problem.path === '' ? file : `${file}: ${problem.path}`, message: problem.message };
}

/**
 * The scenarios' names, each made unique by its file where two files share a
 * name (a copy edited into a variant keeps its name), then by its position.
 */
export function displayNames(names: readonly string[], files: readonly string[]): string[] {
  const count = (list: readonly string[], name: string) => list.filter((n) => n === name).length;
  const withFiles = names.map((name, i) => (count(names, name) > 1 ? `${name} (${files[i]})` : name));
  return withFiles.map((name, i) => (count(withFiles, name) > 1 ? `${name} #${i + 1}` : name));
}

function reasons(result: Result): string {
  return (result.diagnosis ?? []).join('; ') || 'no reason given';
}
