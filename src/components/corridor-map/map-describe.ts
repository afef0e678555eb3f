import type { LinkResult, NodeResult, Result, ScenarioLink, ScenarioNode } from '../../model/types';
import { msg, str } from '../i18n';
import { formatNumber as formatPlain, formatPercent, formatTonnes, formatUsdPerTonne, formatUsdPerTonneShort, formatUsdPlain } from '../format';
import { modeWord, nodeLabel } from '../item-names';
import type { LinkPlace } from './map-layout';

import { isBinding } from './map-line-look';

export { BINDING_UTILISATION, isBinding } from './map-line-look';

/**
 * A marginal value is USD a year saved per extra t/yr of capacity, which is
 * USD per tonne; the sentence says the year in words.
 */
function marginalValueLine(marginalValue: number, locale: string): string {
  return msg(
    str`Binding: marginal value ${formatUsdPerTonneShort(marginalValue, { locale })} (an extra tonne of yearly capacity saves ${formatUsdPlain(marginalValue, { locale })} a year)`,
  );
}

/**
 * The lines a person reads about a link: in its tooltip, and joined as its
 * accessible name. Every number carries its unit. `title` is the link's
 * name, or its ends ("Aktau → Baku"), made by the caller, which has the
 * nodes by id; a named link gets its ends as a line of their own.
 */
export function describeLink(
  title: string,
  link: ScenarioLink,
  place: LinkPlace,
  outcome: LinkResult | undefined,
  result: Result | null,
  locale: string,
  route?: string,
): { readonly title: string; readonly lines: readonly string[] } {
  const lines: string[] = [];
  if (route !== undefined && route !== title) lines.push(route);
  const what: string[] = [modeWord(link.mode ?? 'rail')];
  if (place.gate !== null) what.push(msg(str`${place.gate.label} gate`));
  if (link.km !== undefined) what.push(msg(str`${formatPlain(link.km, { locale, digits: 0 })} km`));
  lines.push(what.join(', '));
  if (!place.enabled) {
    lines.push(msg('Closed (disabled in the scenario)'));
  }
  const capacity = link.capacity === undefined ? msg('unlimited capacity') : msg(str`${formatTonnes(link.capacity, { locale })} capacity`);
  if (outcome === undefined || result === null || result.status !== 'optimal') {
    lines.push(capacity);
  } else {
    const used = outcome.utilisation === null ? '' : msg(str`, ${formatPercent(outcome.utilisation, { locale })} used`);
    lines.push(msg(str`${formatTonnes(outcome.flow, { locale })} of ${capacity}${used}`));
    if (outcome.marginalValue > 1e-9) {
      lines.push(marginalValueLine(outcome.marginalValue, locale));
    } else if (isBinding(outcome.utilisation, 0)) {
      lines.push(msg('Full, but another route is as cheap (worth USD 0 to widen)'));
    }
    if (outcome.flow <= 1e-9 && outcome.reducedCost !== null && outcome.reducedCost > 1e-9 && place.enabled) {
      lines.push(msg(str`Unused: must get ${formatUsdPerTonne(outcome.reducedCost, { locale })} cheaper to carry freight`));
    }
  }
  const cost = formatUsdPerTonne(link.cost, { locale });
  lines.push(link.days !== undefined ? msg(str`Cost ${cost}, ${formatPlain(link.days, { locale })} days`) : msg(str`Cost ${cost}`));
  return { title, lines };
}

export function describeNode(
  node: ScenarioNode,
  outcome: NodeResult | undefined,
  result: Result | null,
  locale: string,
): { readonly title: string; readonly lines: readonly string[] } {
  const title = nodeLabel(node, node.id);
  const lines: string[] = [];
  lines.push([node.kind ?? 'hub', node.country].filter((x) => x !== undefined && x !== '').join(', '));
  if (node.enabled === false) lines.push(msg('Closed (disabled in the scenario)'));
  const capacity = node.capacity === undefined ? msg('unlimited capacity') : msg(str`${formatTonnes(node.capacity, { locale })} capacity`);
  if (outcome === undefined || result === null || result.status !== 'optimal') {
    lines.push(capacity);
  } else {
    const used = outcome.utilisation === null ? '' : msg(str`, ${formatPercent(outcome.utilisation, { locale })} used`);
    lines.push(msg(str`Throughput ${formatTonnes(outcome.throughput, { locale })} of ${capacity}${used}`));
    if (outcome.marginalValue > 1e-9) {
      lines.push(marginalValueLine(outcome.marginalValue, locale));
    }
  }
  if (node.cost !== undefined && node.cost !== 0) lines.push(msg(str`Handling ${formatUsdPerTonne(node.cost, { locale })}`));
  return { title, lines };
}
