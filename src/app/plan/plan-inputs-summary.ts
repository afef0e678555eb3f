import { msg, str } from '../../components/i18n';
import { formatNumber } from '../../components/format';
import type { Scenario } from '../../model/types';

/** What the planning inputs hold, in a line: shown when they are folded away under a plan. */
export function planInputsSummary(s: Scenario | null, locale: string): string {
  const h = s?.horizon;
  const n = s?.projects?.length ?? 0;
  const projects = n === 1 ? msg('1 project') : msg(str`${n} projects`);
  if (h === undefined || !Array.isArray(h.years)) return msg(str`Horizon and projects: no horizon yet; ${projects}`);
  const rate = typeof h.discountRate === 'number' ? msg(str`${formatNumber(h.discountRate * 100, { locale, digits: 2 })} %/yr`) : msg('no discounting');
  const years = h.years.join(', ');
  return h.end !== undefined
    ? msg(str`Horizon and projects: model years ${years} (to ${h.end}), ${rate}; ${projects}`)
    : msg(str`Horizon and projects: model years ${years}, ${rate}; ${projects}`);
}
