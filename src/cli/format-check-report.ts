import type { CheckReport, CheckSummary } from '../testing/types';
import { INVARIANTS } from '../testing/types';
import { describeViolation } from './counter-example-scenario';
import { formatTable } from './format-table';
import { printable } from '../analysis/printable';

/** What each check asserts, in a line. */
const WHAT_MUST_HOLD: Readonly<Record<CheckSummary['name'], string>> = {
  result: `the result obeys every invariant of the problem (${INVARIANTS.length}, below)`,
  'more-capacity': 'more capacity or looser corridor bounds never cost more',
  'more-demand': 'more demand never costs less (skipped with share bounds or minFlow)',
  'scale-costs': 'every cost and penalty times k makes the total cost k times',
  'remove-unused-link': 'removing a link the optimum leaves unused changes nothing',
  'duplicate-link': 'a link split into two parallel copies changes nothing',
  'rename-and-reorder': 'renaming and reordering every item changes nothing',
};

/** `check` without `--json`: what was checked on how many variants, what failed, and where the counter-example is. */
export function formatCheckReport(scenarioName: string, report: CheckReport, written: string | undefined): string {
  const perCheck = Math.max(0, ...report.checks.map((c) => c.cases));
  const parts: string[] = [];
  parts.push(`${printable(scenarioName)}: checked on ${perCheck} variants per check, seed ${report.seed}\n`);
  parts.push('  (every capacity, cost, days and volume moved within ±50 %; repeat with --seed)\n\n');
  parts.push(
    formatTable(
      [
        { header: 'check', align: 'left' },
        { header: 'what must hold', align: 'left' },
        { header: 'cases', align: 'right' },
        { header: 'failures', align: 'right' },
        { header: 'skipped', align: 'right' },
      ],
      report.checks.map((c) => [c.name, WHAT_MUST_HOLD[c.name], String(c.cases), String(c.failures), String(c.skipped)]),
    ),
  );
  parts.push(`\nInvariants of each result:\n${wrap(INVARIANTS.join(', '), 76, '  ')}\n`);

  const failed = report.checks.filter((c) => c.failures > 0);
  if (failed.length === 0) {
    parts.push(`All ${report.checks.length} checks hold.\n`);
    return parts.join('');
  }
  parts.push(`${failed.length} of ${report.checks.length} checks fail: ${failed.map((c) => c.name).join(', ')}.\n`);
  const ce = report.counterExample;
  if (ce === undefined) {
    parts.push('No counter-example: the failing case did not fail again when re-run (a solver that is not deterministic?).\n');
    return parts.join('');
  }
  parts.push(`Counter-example of ${ce.check}, shrunk:\n`);
  for (const v of ce.violations) parts.push(`  ${describeViolation(v)}\n`);
  if (ce.params !== undefined) parts.push(`  relation parameters: ${JSON.stringify(ce.params)}\n`);
  if (written !== undefined) parts.push(`Written to ${printable(written)} (a scenario file: open it in the app, or run corridor-flow solve ${printable(written)})\n`);
  return parts.join('');
}

/** Breaks text at spaces into lines of at most `width` characters, each indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}${l}\n`).join('');
}
