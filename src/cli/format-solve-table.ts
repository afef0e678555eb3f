import type { Corridor, Result, Scenario } from '../model/types';
import { formatDays, formatPrice, formatShare, formatWhole } from './format-number';
import { formatTable } from './format-table';
import { formatObservationTable } from './format-observation-table';
import { observationFit } from '../calibrate/observation-fit';
import { printable } from '../analysis/printable';
import { readBottlenecks } from '../analysis/read-bottlenecks';
import { costTotals, demandCosts } from '../analysis/demand-costs';

/** Values below this are solver round-off, not a binding capacity or a used link. */
const EPSILON = 1e-7;
/** Unused links listed at most; the rest is counted (all of them are in `--json`). */
const MAX_UNUSED_LINKS = 15;

/**
 * The readable report of `corridor-flow solve`: the answer first (status,
 * cost, split), then what binds and what it is worth, the routes closest to
 * being used, and the demands.
 */
export function formatSolveTable(scenario: Scenario, result: Result): string {
  const head = `${printable(scenario.name)}: ${result.status}\n`;
  if (result.status !== 'optimal') {
    const diagnosis = (result.diagnosis ?? []).map((line) => `  ${printable(line)}\n`);
    return [head, ...diagnosis, `  solver: ${result.solver.name} ${result.solver.version}, ${formatWhole(result.solver.ms)} ms\n`].join('');
  }
  return [
    head,
    costSection(scenario, result),
    splitSection(scenario, result),
    bindingSection(scenario, result),
    unusedLinksSection(scenario, result),
    demandsSection(scenario, result),
  ].join('');
}

/** Total and unit cost, served and unmet, and the solver. */
function costSection(scenario: Scenario, result: Result): string {
  const transportCost = result.demands.reduce((sum, d) => sum + (d.unitCost ?? 0) * d.served, 0);
  // The total is generalised (days valued): what shippers pay out of pocket is said beside it, so it does not read as a tariff.
  const totals = costTotals(demandCosts(scenario, result));
  return formatTable(
    [
      { header: '', align: 'left' },
      { header: '', align: 'right' },
      { header: '', align: 'left' },
    ],
    [
      ['generalised cost', formatWhole(result.objective), 'USD/yr (money + time valued)'],
      ...(result.unmet > EPSILON ? [['  of which unmet penalties', formatWhole(result.objective - transportCost), 'USD/yr']] : []),
      ['  of which out of pocket', formatWhole(totals.outOfPocket), 'USD/yr (tariffs and handling)'],
      ['  of which time valued', formatWhole(totals.time), 'USD/yr (days × value of time)'],
      ['generalised unit cost', result.served > EPSILON ? formatPrice(transportCost / result.served) : '–', 'USD/t served'],
      ['served', formatWhole(result.served), 't/yr'],
      ['unmet', formatWhole(result.unmet), 't/yr'],
      ['solver', `${result.solver.name} ${result.solver.version}`, `${formatWhole(result.solver.ms)} ms`],
    ],
    { header: false },
  );
}

/** The corridor split, then the observations beside the model's figures (when the scenario has some). */
function splitSection(scenario: Scenario, result: Result): string {
  const corridorNames = new Map((scenario.corridors ?? []).map((c) => [c.id, c.name ?? c.id]));
  const split = formatTable(
    [
      { header: 'corridor', align: 'left' },
      { header: 'flow t/yr', align: 'right' },
      { header: 'share', align: 'right' },
    ],
    [
      ...result.corridors.map((c) => [label(c.id, corridorNames.get(c.id)), formatWhole(c.flow), formatShare(c.share)]),
      ['other', formatWhole(result.other.flow), formatShare(result.other.share)],
      ['unmet', formatWhole(result.unmet), ''],
    ],
  );
  const observed = (scenario.observed ?? []).length > 0 ? `\nObserved, beside the model\n${formatObservationTable(observationFit(scenario, result))}` : '';
  return `\nCorridor split\n${split}${observed}`;
}

function bindingSection(scenario: Scenario, result: Result): string {
  const binding = bindingCapacities(scenario, result);
  const table =
    binding.length === 0
      ? '  none: no capacity or corridor bound limits the optimum\n'
      : formatTable(
          [
            { header: 'kind', align: 'left' },
            { header: 'id', align: 'left' },
            { header: 'flow t/yr', align: 'right' },
            { header: 'limit t/yr', align: 'right' },
            { header: 'marginal value USD per t/yr', align: 'right' },
          ],
          binding.map((b) => [b.kind, b.id, formatWhole(b.flow), b.limit, formatPrice(b.marginalValue)]),
        );
  return `\nBinding capacities, by marginal value\n${table}`;
}

function unusedLinksSection(scenario: Scenario, result: Result): string {
  const linksById = new Map(scenario.links.map((l) => [l.id, l]));
  // The same rule as the app's "What binds" panel (src/analysis/read-bottlenecks.ts).
  const unused = [...readBottlenecks(result).closestUnused].sort((a, b) => a.reducedCost - b.reducedCost || a.id.localeCompare(b.id));
  const title = '\nUnused links, closest to being used first\n';
  if (unused.length === 0) return `${title}  none: every unused link is as cheap as the routes in use, or binds\n`;
  const table = formatTable(
    [
      { header: 'link', align: 'left' },
      { header: 'from → to', align: 'left' },
      { header: 'reduced cost USD/t', align: 'right' },
    ],
    unused.slice(0, MAX_UNUSED_LINKS).map((l) => {
      const link = linksById.get(l.id);
      return [l.id, link ? `${link.from} → ${link.to}` : '', formatPrice(l.reducedCost)];
    }),
  );
  const more = unused.length > MAX_UNUSED_LINKS ? `  … and ${unused.length - MAX_UNUSED_LINKS} more (all in --json)\n` : '';
  return `${title}${table}${more}`;
}

function demandsSection(scenario: Scenario, result: Result): string {
  const demandsById = new Map(scenario.demands.map((d) => [d.id, d]));
  const table = formatTable(
    [
      { header: 'demand', align: 'left' },
      { header: 'from → to', align: 'left' },
      { header: 'served t/yr', align: 'right' },
      { header: 'unmet t/yr', align: 'right' },
      { header: 'generalised cost USD/t', align: 'right' },
      { header: 'days', align: 'right' },
      { header: 'marginal cost USD/t', align: 'right' },
    ],
    result.demands.map((d) => {
      const demand = demandsById.get(d.id);
      return [
        d.id,
        demand ? `${demand.from} → ${demand.to}` : '',
        formatWhole(d.served),
        formatWhole(d.unmet),
        d.unitCost === null ? '–' : formatPrice(d.unitCost),
        d.days === null ? '–' : formatDays(d.days),
        formatPrice(d.marginalCost),
      ];
    }),
  );
  return `\nDemands\n${table}`;
}

interface Binding {
  readonly kind: 'link' | 'node' | 'corridor';
  readonly id: string;
  readonly flow: number;
  /** The capacity, or for a corridor which bound binds. */
  readonly limit: string;
  readonly marginalValue: number;
}

/** The binding capacities and corridor bounds of src/analysis/read-bottlenecks.ts, most valuable first (ties by id). */
function bindingCapacities(scenario: Scenario, result: Result): Binding[] {
  const linkCapacity = new Map(scenario.links.map((l) => [l.id, l.capacity]));
  const nodeCapacity = new Map(scenario.nodes.map((n) => [n.id, n.capacity]));
  const corridors = new Map((scenario.corridors ?? []).map((c) => [c.id, c]));
  return readBottlenecks(result).binding.map((b) => ({
    kind: b.kind,
    id: b.id,
    flow: b.used,
    limit:
      b.kind === 'link'
        ? capacityText(linkCapacity.get(b.id))
        : b.kind === 'node'
          ? capacityText(nodeCapacity.get(b.id))
          : corridorBound(corridors.get(b.id), b.used, result.served),
    marginalValue: b.marginalValue,
  })).sort((a, b) => b.marginalValue - a.marginalValue || a.id.localeCompare(b.id));
}

function capacityText(capacity: number | undefined): string {
  return capacity === undefined ? 'unlimited' : formatWhole(capacity);
}

/** Names the corridor bound that the flow sits on (the result says only that one binds). */
function corridorBound(corridor: Corridor | undefined, flow: number, served: number): string {
  if (!corridor) return '';
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const candidates: [string, number | undefined][] = [
    ['maxShare', corridor.maxShare === undefined ? undefined : corridor.maxShare * served],
    ['minShare', corridor.minShare === undefined ? undefined : corridor.minShare * served],
    ['maxFlow', corridor.maxFlow],
    ['minFlow', corridor.minFlow],
  ];
  for (const [name, bound] of candidates) {
    if (bound !== undefined && near(flow, bound)) {
      return name.endsWith('Share') ? `${name} ${formatShare(name === 'maxShare' ? corridor.maxShare! : corridor.minShare!)}` : `${name} ${formatWhole(bound)}`;
    }
  }
  return 'a bound';
}

function label(id: string, name: string | undefined): string {
  return name === undefined || name === id ? id : `${id} (${name})`;
}
