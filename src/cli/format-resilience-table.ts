import { formatWhole } from './format-number';
import { formatTable } from './format-table';
import type { ClosureSummary, ResilienceSummary } from '../analysis/summarize-resilience';
import { printable } from '../analysis/printable';

/** `resilience` without `--json`/`--csv`: the base, the ranked closures, the worst one and the price of diversification. */
export function formatResilienceTable(scenarioName: string, summary: ResilienceSummary): string {
  const { base, closures } = summary;
  const parts: string[] = [];
  parts.push(`${printable(scenarioName)}: N−1, ${closures.length} single closures (each enabled corridor, each link that carries flow)\n`);
  parts.push(
    base.status === 'optimal'
      ? `  base: optimal, generalised cost (money + time valued) ${formatWhole(base.objective!)} USD/yr, unmet ${formatWhole(base.unmet!)} t/yr\n`
      : `  base: ${base.status}; closures cannot be priced against it\n`,
  );
  parts.push('\nClosures, most damaging first\n');
  parts.push(
    `  damage: the rise in generalised cost (money + time valued) with unserved freight at its price (soft demands at their unmetPenalty, hard demands at a value of lost load of ${formatWhole(summary.valueOfLostLoad)} USD/t)\n`,
  );
  parts.push(
    closures.length === 0
      ? '  none: no corridor is enabled and no link carries flow\n'
      : formatTable(
          [
            { header: 'rank', align: 'right' },
            { header: 'kind', align: 'left' },
            { header: 'id', align: 'left' },
            { header: 'status', align: 'left' },
            { header: 'damage USD/yr', align: 'right' },
            { header: 'generalised cost increase USD/yr', align: 'right' },
            { header: 'unmet increase t/yr', align: 'right' },
          ],
          closures.map((c) => [
            String(c.rank),
            c.kind,
            c.id,
            c.status,
            c.damage === null ? '–' : formatWhole(c.damage),
            c.costIncrease === null ? '–' : formatWhole(c.costIncrease),
            formatWhole(c.unmetIncrease),
          ]),
        ),
  );
  parts.push('\n');
  parts.push(`Most damaging single closure: ${summary.mostDamaging === null ? 'none' : describeClosure(summary.mostDamaging)}\n`);
  parts.push(
    `Price of diversification: ${
      summary.priceOfDiversification === null
        ? `– (without share bounds: ${summary.withoutShareBounds.status})`
        : `${formatWhole(summary.priceOfDiversification)} USD/yr`
    } (the base cost minus the cost with every corridor's minShare and maxShare removed)\n`,
  );
  return parts.join('');
}

function describeClosure(c: ClosureSummary): string {
  if (c.costIncrease !== null) return `${c.kind} ${c.id}, ${signed(c.costIncrease)} USD/yr, unmet ${signed(c.unmetIncrease)} t/yr`;
  const unserved = c.unmetIncrease > 0 ? `: ${formatWhole(c.unmetIncrease)} t/yr of hard demand cannot be served` : '';
  const damage = c.damage === null ? '' : `; damage ${signed(c.damage)} USD/yr with it at the value of lost load`;
  return `${c.kind} ${c.id}, ${c.status}${unserved}${damage}`;
}

function signed(value: number): string {
  const magnitude = formatWhole(Math.abs(value));
  return magnitude === '0' ? magnitude : `${value > 0 ? '+' : '−'}${magnitude}`;
}
