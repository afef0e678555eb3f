import type { Scenario } from '../model/types';
import type { PlanResult } from '../plan/types';
import { formatNumber, formatShare, formatWhole } from './format-number';
import { formatTable } from './format-table';

/**
 * The readable report of `corridor-flow plan`: status and present-value
 * objective with its gap, the build plan (which project opens when, how much
 * of it, its value), the appraisal of the built projects, and each model
 * year's split.
 */
export function formatPlanTable(scenario: Scenario, plan: PlanResult): string {
  const parts: string[] = [];
  const gap = plan.gap === null ? '' : `, gap ${formatNumber(plan.gap)}`;
  parts.push(`${printable(scenario.name)}: plan ${plan.status}${plan.status === 'optimal' || plan.status === 'time-limit' ? `${gap}` : ''}\n`);
  for (const line of plan.diagnosis ?? []) parts.push(`  ${printable(line)}\n`);
  if (plan.years.length === 0 || (plan.status !== 'optimal' && plan.status !== 'time-limit')) {
    parts.push(...shortfalls(plan), solverLine(plan));
    return parts.join('');
  }
  parts.push(`  objective ${formatWhole(plan.objective)} USD (present value; generalised: money + time valued, and project costs)\n`);
  parts.push('\nBuild plan\n', buildPlan(scenario, plan));
  if (plan.appraisal.length > 0) parts.push('\nAppraisal (USD, present value; PV cost: capital charge and opex, out of pocket; PV savings: the fall in generalised cost, money + time valued)\n', appraisal(plan));
  parts.push('\nModel years (corridor shares of served tonnes)\n', yearsTable(plan));
  for (const warning of plan.warnings ?? []) parts.push(`warning: ${printable(warning)}\n`);
  parts.push(solverLine(plan));
  return parts.join('');
}

function buildPlan(scenario: Scenario, plan: PlanResult): string {
  if (plan.projects.length === 0) return '  (no projects)\n';
  const decisions = new Map((scenario.projects ?? []).map((p) => [p.id, p.decision ?? 'choose']));
  return formatTable(
    [
      { header: 'project', align: 'left' },
      { header: 'decision', align: 'left' },
      { header: 'opens', align: 'right' },
      { header: 'fraction', align: 'right' },
      { header: 'value USD', align: 'right' },
    ],
    plan.projects.map((p) => [
      printable(p.id),
      decisions.get(p.id) ?? 'choose',
      p.opens === null ? 'never' : String(p.opens),
      formatShare(p.fraction),
      p.value === null ? (p.missing !== undefined ? 'not computed' : p.opens === null ? '–' : 'indispensable') : formatWhole(p.value),
    ]),
  ) + plan.projects.filter((p) => p.missing !== undefined).map((p) => `  ${printable(p.id)}: ${printable(p.missing!)}\n`).join('');
}

function appraisal(plan: PlanResult): string {
  return formatTable(
    [
      { header: 'project', align: 'left' },
      { header: 'opens', align: 'right' },
      { header: 'PV cost', align: 'right' },
      { header: 'PV savings', align: 'right' },
      { header: 'NPV', align: 'right' },
      { header: 'BCR', align: 'right' },
      { header: 'break-even capex', align: 'right' },
    ],
    plan.appraisal.map((a) => [
      printable(a.id),
      a.opens === null ? 'never' : String(a.opens),
      formatWhole(a.pvCost),
      formatWhole(a.pvSavings),
      formatWhole(a.npv),
      a.bcr === null ? '–' : formatNumber(Number(a.bcr.toPrecision(3))),
      a.breakEvenCapex === null ? 'any' : formatWhole(a.breakEvenCapex),
    ]),
  );
}

function yearsTable(plan: PlanResult): string {
  const corridorIds = plan.years[0]?.result.corridors.map((c) => c.id) ?? [];
  return formatTable(
    [
      { header: 'year', align: 'right' },
      { header: 'weight', align: 'right' },
      { header: 'generalised cost USD/yr', align: 'right' },
      { header: 'served t/yr', align: 'right' },
      { header: 'unmet t/yr', align: 'right' },
      ...corridorIds.map((id) => ({ header: printable(id), align: 'right' as const })),
      { header: 'other', align: 'right' },
      { header: 'open', align: 'left' },
    ],
    plan.years.map(({ year, weight, result }, t) => {
      const open = plan.projects.filter((p) => (p.fractions?.[t] ?? 0) > 0).map((p) => (p.fractions![t]! < 1 ? `${p.id} (${formatShare(p.fractions![t]!)})` : p.id));
      if (result.status !== 'optimal') return [String(year), formatNumber(weight), result.status];
      const shares = new Map(result.corridors.map((c) => [c.id, c.share]));
      return [
        String(year),
        formatNumber(weight),
        formatWhole(result.objective),
        formatWhole(result.served),
        formatWhole(result.unmet),
        ...corridorIds.map((id) => formatShare(shares.get(id) ?? 0)),
        formatShare(result.other.share),
        printable(open.join(' ')),
      ];
    }),
  );
}

function shortfalls(plan: PlanResult): string[] {
  if ((plan.shortfalls ?? []).length === 0) return [];
  return [
    '\nShortfalls\n',
    formatTable(
      [
        { header: 'year', align: 'right' },
        { header: 'demand', align: 'left' },
        { header: 'unmet t/yr', align: 'right' },
      ],
      plan.shortfalls!.map((s) => [String(s.year), printable(s.demand), formatNumber(s.unmet)]),
    ),
  ];
}

function solverLine(plan: PlanResult): string {
  return `  solver: ${plan.solver.name} ${plan.solver.version}, ${formatWhole(plan.solver.ms)} ms\n`;
}

/** Control characters shown escaped (`\u001b`), never sent to the terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
