import { getParameter, listParameters } from '../../model/parameter-path';
import type { Scenario } from '../../model/types';
import { corridorLabel, demandLabel, linkLabel, nodeLabelById } from '../../components/item-names';
import { parameterMeta } from '../../components/corridor-sweep/parameter-meta';
import { msg, str } from '../../components/i18n';

/** One choosable parameter: its path and the words a person reads for it. */
export interface ParameterOption {
  readonly path: string;
  /** The field and its current value, e.g. `Capacity: 4.0 Mt/yr`. */
  readonly label: string;
  /** Lower-case text the filter matches: item name, field, path. */
  readonly search: string;
}

/** The parameters of one item (a link, node, corridor or demand), as an `<optgroup>`. */
export interface ParameterGroup {
  /** E.g. `Link Aktau → Alat (caspian-ferry)`. */
  readonly label: string;
  readonly options: readonly ParameterOption[];
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  get capacity() {
    return msg('Capacity');
  },
  get cost() {
    return msg('Cost');
  },
  get days() {
    return msg('Days');
  },
  get km() {
    return msg('Distance');
  },
  get lat() {
    return msg('Latitude');
  },
  get lon() {
    return msg('Longitude');
  },
  get minShare() {
    return msg('Minimum share');
  },
  get maxShare() {
    return msg('Maximum share');
  },
  get minFlow() {
    return msg('Minimum flow');
  },
  get maxFlow() {
    return msg('Maximum flow');
  },
  get volume() {
    return msg('Volume');
  },
  get valueOfTime() {
    return msg('Value of time');
  },
  get unmetPenalty() {
    return msg('Unmet penalty');
  },
};

/** What an absent field means (the spec's defaults), in words. */
const ABSENT: Readonly<Record<string, string>> = {
  get capacity() {
    return msg('unlimited');
  },
  get maxFlow() {
    return msg('unlimited');
  },
  get maxShare() {
    return msg('none (100 %)');
  },
  get minShare() {
    return msg('none (0 %)');
  },
  get minFlow() {
    return msg('none (0)');
  },
  get unmetPenalty() {
    return msg('none (hard demand)');
  },
};

function split(path: string): { collection: string; id: string; field: string } {
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  return { collection: path.slice(0, first), id: path.slice(first + 1, last), field: path.slice(last + 1) };
}

function itemLabel(scenario: Scenario, collection: string, id: string): string {
  switch (collection) {
    case 'links': {
      const link = scenario.links.find((l) => l.id === id);
      return link ? msg(str`Link ${linkLabel(scenario, link)} (${id})`) : msg(str`Link ${id}`);
    }
    case 'nodes':
      return msg(str`Node ${nodeLabelById(scenario, id)} (${id})`);
    case 'corridors':
      return msg(str`Corridor ${corridorLabel(scenario.corridors?.find((c) => c.id === id), id)}`);
    case 'demands': {
      const demand = scenario.demands.find((d) => d.id === id);
      return demand ? msg(str`Demand ${demandLabel(scenario, demand)} (${id})`) : msg(str`Demand ${id}`);
    }
    default:
      return id;
  }
}

/**
 * The label of one option: item id, field and current value with its unit
 * (`tripp-meghri · Capacity: 0 t/yr`). The id is repeated although the
 * option sits in its item's group, because a closed select shows only the
 * option: "Capacity: 0 t/yr" alone would not say of what.
 */
export function parameterOptionLabel(scenario: Scenario, path: string, locale: string): string {
  const { id, field } = split(path);
  const value = getParameter(scenario, path);
  let shown: string;
  if (value === undefined) shown = ABSENT[field] ?? msg('not set (0)');
  else if (field === 'lat' || field === 'lon') shown = `${value}°`;
  else if (field === 'km') shown = msg(str`${value.toLocaleString(locale)} km`);
  else shown = parameterMeta(path, scenario).format(value, locale, true);
  return `${id} · ${FIELD_WORDS[field] ?? field}: ${shown}`;
}

/** The label of a path with its item, for text outside a select: `Link A → B (ab): Capacity`. */
export function parameterTitle(scenario: Scenario, path: string): string {
  const { collection, id, field } = split(path);
  return `${itemLabel(scenario, collection, id)}: ${FIELD_WORDS[field] ?? field}`;
}

/** Fields the LP never reads (map position, an informative distance): changing them changes no answer. */
const INERT_FIELDS: ReadonlySet<string> = new Set(['lat', 'lon', 'km']);

/**
 * How likely changing a parameter is to move the answer, from the scenario's
 * structure (the picker has no result to ask): 0 for the levers an economist
 * moves first (capacities and costs of corridor gates and sea or ferry
 * crossings, demand volumes, corridor bounds), 1 for every other number the
 * model reads, null for numbers it never reads (`lat`, `lon`, `km`).
 */
export function parameterRank(scenario: Scenario, path: string): 0 | 1 | null {
  const { collection, id, field } = split(path);
  if (INERT_FIELDS.has(field)) return null;
  if (collection === 'demands') return field === 'volume' ? 0 : 1;
  if (collection === 'corridors') return 0;
  if (collection === 'links' && (field === 'capacity' || field === 'cost')) {
    const link = scenario.links.find((l) => l.id === id);
    const gate = (scenario.corridors ?? []).some((c) => c.gates.includes(id));
    const crossing = link?.mode === 'ferry' || link?.mode === 'sea';
    return gate || crossing ? 0 : 1;
  }
  if (collection === 'nodes' && field === 'capacity') return getParameter(scenario, path) === undefined ? 1 : 0;
  return 1;
}

/** The name of the first group: the levers, listed before every item's own group. */
export const leversGroup = (): string => msg('Most likely to change the answer');

/**
 * The parameters of the scenario (`listParameters`) a sweep can move: first
 * the levers (`parameterRank` 0) in one group, then every other number the
 * model reads, grouped by item in file order; numbers the model never reads
 * (coordinates, km) are left out, except `keep` (the current choice).
 */
export function parameterGroups(scenario: Scenario, locale: string, keep = ''): ParameterGroup[] {
  const levers: ParameterOption[] = [];
  const groups = new Map<string, { label: string; options: ParameterOption[] }>();
  for (const path of listParameters(scenario)) {
    const rank = parameterRank(scenario, path);
    if (rank === null && path !== keep) continue;
    const { collection, id } = split(path);
    const item = itemLabel(scenario, collection, id);
    const label = parameterOptionLabel(scenario, path, locale);
    const option = { path, label, search: `${item} ${label} ${path}`.toLowerCase() };
    if (rank === 0) {
      levers.push(option);
      continue;
    }
    const key = `${collection}.${id}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { label: item, options: [] };
      groups.set(key, group);
    }
    group.options.push(option);
  }
  const order = (o: ParameterOption) => LEVER_ORDER.indexOf(split(o.path).field) * 2 + (o.path.startsWith('links.') ? 0 : 1);
  levers.sort((a, b) => order(a) - order(b));
  return [...(levers.length > 0 ? [{ label: leversGroup(), options: levers }] : []), ...groups.values()];
}

/** Within the levers: capacities first (what binds), then costs, volumes, corridor bounds. */
const LEVER_ORDER: readonly string[] = ['capacity', 'cost', 'volume', 'maxShare', 'minShare', 'maxFlow', 'minFlow'];

/** The groups with only the options whose text holds every word of `filter` (and `keep`, the current choice). */
export function filterGroups(groups: readonly ParameterGroup[], filter: string, keep: string): ParameterGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...groups];
  return groups
    .map((g) => ({ label: g.label, options: g.options.filter((o) => o.path === keep || words.every((w) => o.search.includes(w))) }))
    .filter((g) => g.options.length > 0);
}
