import type { MarginalRange, MarginalRangeEnd } from '../../analysis/marginal-range';
import { msg, str } from '../i18n';
import type { Scenario } from '../../model/types';
import { formatTonnesPlain, formatUsdPerTonneShort } from '../format';
import { corridorLabel, linkTitle, nodeLabelById } from '../item-names';

/** A binding-set label (`link:<id>`, `node:<id>`, `corridor:<id>`) in words. */
export function constraintLabel(scenario: Scenario | null, label: string): string {
  const at = label.indexOf(':');
  const [kind, id] = [label.slice(0, at), label.slice(at + 1)];
  if (kind === 'link') {
    const link = scenario?.links.find((l) => l.id === id);
    return link === undefined ? msg(str`link ${id}`) : linkTitle(scenario, link);
  }
  if (kind === 'node') return nodeLabelById(scenario, id);
  return msg(str`${corridorLabel(scenario?.corridors?.find((c) => c.id === id), id)} (corridor bound)`);
}

/**
 * How far a marginal value holds, in a sentence: "USD 4.93/t holds up to
 * +450 kt and down to no capacity; then it stops binding". Capacities are
 * changes from today's, in tonnes of yearly capacity.
 */
export function marginalRangeText(range: MarginalRange, scenario: Scenario | null, locale: string): string {
  const value = formatUsdPerTonneShort(range.marginalValue, { locale });
  const up =
    range.up.kind === 'breakpoint' ? msg(str`up to +${formatTonnesPlain(range.up.capacity - range.capacity, { locale })}`) : msg('upwards (not measured)');
  if (range.capacity === 0 && range.up.kind === 'breakpoint') {
    // A link planned but not built (capacity 0): its value holds for its first tonnes.
    return msg(str`${value} holds for the first ${formatTonnesPlain(range.up.capacity, { locale })} of capacity; then ${beyondText(range, range.up, scenario, locale)}`);
  }
  return msg(str`${value} holds ${up} and ${downText(range, locale)}; then ${beyondText(range, range.up, scenario, locale)}`);
}

function downText(range: MarginalRange, locale: string): string {
  const change = `−${formatTonnesPlain(range.capacity - range.down.capacity, { locale })}`;
  switch (range.down.kind) {
    case 'zero':
      return msg('down to no capacity');
    case 'infeasible':
      return msg(str`down to ${change} (with less, the demand cannot be met)`);
    case 'breakpoint':
      return msg(str`down to ${change}`);
    case 'error':
      return msg('downwards (not measured)');
  }
}

/** What happens past one end: what starts binding, else whether this capacity stops binding, else the new value. */
function beyondText(range: MarginalRange, end: MarginalRangeEnd, scenario: Scenario | null, locale: string): string {
  if (end.kind !== 'breakpoint') return msg('not measured');
  const self = `${range.kind}:${range.id}`;
  const next = end.nextMarginalValue === null ? '' : ` (${formatUsdPerTonneShort(Math.max(0, end.nextMarginalValue), { locale })})`;
  if (end.startBinding.length > 0) {
    const names = end.startBinding.map((label) => constraintLabel(scenario, label));
    const joined = names.join(msg(' and '));
    if (end.stopBinding.includes(self)) return names.length > 1 ? msg(str`${joined} bind instead`) : msg(str`${joined} binds instead`);
    return names.length > 1 ? msg(str`${joined} bind${next}`) : msg(str`${joined} binds${next}`);
  }
  if (end.stopBinding.includes(self)) return msg('it stops binding');
  return next === '' ? msg('it is worth less') : msg(str`it is worth ${next.slice(2, -1)}`);
}
