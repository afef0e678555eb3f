import type { MonteCarlo } from './monte-carlo';
import { sharesOf } from './share-of';
import { formatCsv } from './format-csv';

/**
 * `montecarlo --csv`: one row per run (numbered from 1), in draw order:
 * `run,<each varied path>,status,objective,served,unmet,<corridor id>…,other`,
 * the drawn values and the figures rounded by the one CSV rule (ten
 * significant digits), shares as fractions. A run that is not optimal
 * has only its run, draws and status filled.
 */
export function formatMonteCarloCsv(mc: MonteCarlo, corridorIds: readonly string[]): string {
  const header = ['run', ...mc.vary.map((v) => v.set), 'status', 'objective', 'served', 'unmet', ...corridorIds, 'other'];
  const rows = mc.results.map((r, i) => {
    const lead = [i + 1, ...mc.draws[i]!, r.status];
    if (r.status !== 'optimal') return [...lead, ...header.slice(lead.length).map(() => null)];
    const shares = sharesOf(r);
    return [...lead, r.objective, r.served, r.unmet, ...corridorIds.map((id) => shares[id] ?? 0), shares.other!];
  });
  return formatCsv([header, ...rows]);
}
