import { formatPlanCsv } from '../plan/plan-csv';
import { planScenario } from '../plan/plan-scenario';
import type { PlanProgress, PlanResult } from '../plan/types';
import type { CliIo } from './cli-io';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { formatNumber, formatWhole } from './format-number';
import { formatPlanTable } from './format-plan-table';
import { lazySolver } from './lazy-solver';
import type { CliCommand } from './parse-args';
import { readScenario } from './read-scenario';
import { writeProblems } from './write-problems';

/** How long a plan runs before its progress is shown on a terminal, ms ("longer than a few seconds"). */
const PROGRESS_AFTER_MS = 2000;

/**
 * `corridor-flow plan <file> [--json | --csv] [--gap g] [--time-limit s]`.
 * Exit code: 0 optimal; 1 infeasible or unbounded; 3 error or time limit
 * (with a message on stderr).
 */
export async function planCommand(command: Extract<CliCommand, { kind: 'plan' }>, io: CliIo): Promise<ExitCode> {
  const parsed = await readScenario(command.file, io);
  if (!parsed.ok) {
    writeProblems(io, parsed.errors);
    return EXIT_CODE.invalid;
  }
  writeProblems(io, parsed.warnings, 'warning: ');
  const scenario = parsed.scenario;
  const solver = await lazySolver()();
  if (solver.solveMip === undefined) {
    io.stderr('solver failed: this solver cannot solve MIPs\n');
    return EXIT_CODE.internal;
  }
  const progress = io.stderrIsTTY === true ? terminalProgress(io) : undefined;
  const plan = planScenario(
    scenario,
    { solve: (one) => solver.solve(one), solveLp: solver.solveLp, solveMip: solver.solveMip, ...(solver.warmLp ? { warmLp: solver.warmLp } : {}), ...(solver.growingLp ? { growingLp: solver.growingLp } : {}) },
    { ...(command.gap !== undefined ? { gap: command.gap } : {}), ...(command.timeLimit !== undefined ? { timeLimitSeconds: command.timeLimit } : {}) },
    progress?.report,
  );
  progress?.finish();
  switch (command.output) {
    case 'json':
      io.stdout(`${JSON.stringify(asStopped(plan), null, 2)}\n`);
      break;
    case 'csv':
      io.stdout(formatPlanCsv(plan));
      break;
    case 'table':
      io.stdout(formatPlanTable(scenario, plan));
      break;
  }
  return exitCode(plan, io);
}

/**
 * The plan as `--json` prints it: a command that stopped at its time limit says `"time-limit"` (cli.md), even
 * when what stopped was the appraisal of a proven plan; the plan found is kept, and a warning says which it is.
 */
export function asStopped(plan: PlanResult): PlanResult {
  const cut = plan.projects.filter((p) => p.missing !== undefined);
  if (plan.status !== 'optimal' || cut.length === 0) return plan;
  const warning = `the time limit was reached during the appraisal: the build plan below is optimal, but figures of ${cut.map((p) => `"${p.id}"`).join(', ')} were not computed`;
  return { ...plan, status: 'time-limit', warnings: [...(plan.warnings ?? []), warning] };
}

function exitCode(plan: PlanResult, io: CliIo): ExitCode {
  switch (plan.status) {
    case 'optimal': {
      // The plan is proven, but the time limit cut its appraisal short: past the limit is exit 3, said on stderr (cli.md).
      const cut = plan.projects.filter((p) => p.missing !== undefined);
      if (cut.length === 0) return EXIT_CODE.ok;
      io.stderr(`time limit: the plan is optimal, but figures of ${cut.map((p) => `"${p.id}"`).join(', ')} are missing (${cut[0]!.missing})\n`);
      return EXIT_CODE.internal;
    }
    case 'infeasible':
    case 'unbounded':
      return EXIT_CODE.notOptimal;
    case 'time-limit':
      io.stderr(`time limit: ${(plan.diagnosis ?? plan.warnings ?? ['the plan stopped at its time limit']).join('; ')}\n`);
      return EXIT_CODE.internal;
    case 'error':
      io.stderr(`solver failed: ${(plan.diagnosis ?? ['no message']).join('; ')}\n`);
      return EXIT_CODE.internal;
  }
}

/** One line on stderr, rewritten in place, for each phase of a plan that has run a while. */
function terminalProgress(io: CliIo): { report: (p: PlanProgress) => void; finish: () => void } {
  let shown = false;
  return {
    report: (p) => {
      if (p.elapsedMs < PROGRESS_AFTER_MS) return;
      const best = p.incumbent === null ? '' : `, best ${formatWhole(p.incumbent)} USD`;
      const bound = p.bound === null ? '' : `, bound ${formatWhole(p.bound)} USD`;
      const gap = p.gap === null ? '' : `, gap ${formatNumber(p.gap)}`;
      const step = p.step === undefined ? p.phase : `${p.step.name}${p.step.yearsDone === undefined ? '' : ` ${p.step.yearsDone}/${p.step.years} years`}`;
      io.stderr(`\r\u001b[2Kplan: ${step}${best}${bound}${gap} (${(p.elapsedMs / 1000).toFixed(1)} s)`);
      shown = true;
    },
    finish: () => {
      if (shown) io.stderr('\n');
    },
  };
}
