import type { Distribution, MonteCarlo } from '../analysis/monte-carlo';
import { formatNumber, formatShare, formatWhole } from './format-number';
import { formatTable } from './format-table';
import { printable } from '../analysis/printable';

/** `montecarlo` without `--json`/`--csv`: the ranges drawn, each corridor's share band, cost and unmet, runs not optimal. */
export function formatMonteCarloTable(scenarioName: string, mc: MonteCarlo): string {
  const optimal = mc.runs - mc.notOptimal;
  const parts: string[] = [];
  parts.push(`${printable(scenarioName)}: Monte Carlo, ${mc.runs} runs, seed ${mc.seed}\n`);
  parts.push(
    formatTable(
      [
        { header: 'varied (triangular)', align: 'left' },
        { header: 'min', align: 'right' },
        { header: 'mode', align: 'right' },
        { header: 'max', align: 'right' },
      ],
      mc.vary.map((v) => [v.set, formatNumber(v.min), formatNumber(v.mode), formatNumber(v.max)]),
    ),
  );

  parts.push(`\nCorridor shares over the ${optimal} optimal runs\n`);
  const ids = Object.keys(mc.shares);
  parts.push(
    ids.length === 0
      ? '  none: no run is optimal\n'
      : formatTable(
          [
            { header: 'corridor', align: 'left' },
            { header: 'median', align: 'right' },
            { header: '5 %', align: 'right' },
            { header: '95 %', align: 'right' },
            { header: 'used in', align: 'right' },
          ],
          ids.map((id) => {
            const d = mc.shares[id]!;
            return [id, formatShare(d.median), formatShare(d.p5), formatShare(d.p95), `${formatShare(mc.probabilityUsed[id] ?? 0)} of runs`];
          }),
        ),
  );

  parts.push('\n');
  parts.push(
    formatTable(
      [
        { header: '', align: 'left' },
        { header: 'median', align: 'right' },
        { header: '5 %', align: 'right' },
        { header: '95 %', align: 'right' },
        { header: 'mean', align: 'right' },
        { header: 'min', align: 'right' },
        { header: 'max', align: 'right' },
      ],
      [
        ['generalised cost USD/yr', ...wholes(mc.objective)],
        ['unmet t/yr', ...wholes(mc.unmet)],
      ],
    ),
  );
  parts.push(`\nNot optimal: ${mc.notOptimal} of ${mc.runs} runs\n`);
  return parts.join('');
}

function wholes(d: Distribution): string[] {
  return [d.median, d.p5, d.p95, d.mean, d.min, d.max].map((v) => (Number.isNaN(v) ? '–' : formatWhole(v)));
}
