import { quote } from './describe-value';
import type { LocatedProblem } from './located-problem';
import { expectedOf, NUMERIC_FIELDS, numberRuleOf } from './numeric-fields';
import { resolveParameterPath } from './parameter-path';
import type { Scenario } from './types';

type Item = Record<string, unknown>;

const ID_ARRAYS = ['sources', 'nodes', 'links', 'corridors', 'demands'] as const;
const WITH_SOURCE = ['nodes', 'links', 'corridors', 'demands'] as const;

/**
 * The checks that need the whole scenario: unique ids per array, references
 * to nodes, links, sources and parameters, no item from a node to itself,
 * each link a gate of at most one corridor, uncertainty ranges inside their
 * field's range.
 *
 * Runs on input that may have failed the schema, so that every problem is
 * reported at once: it only looks at values of the right type and skips the
 * rest (which the schema reports). A reference is checked only when the
 * array it points into is an array, so one broken array does not make every
 * reference to it an error too.
 */
export function checkReferences(root: Item): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const ids = new Map<string, ReadonlyMap<string, number>>();
  for (const collection of ID_ARRAYS) {
    const items = root[collection];
    if (Array.isArray(items)) ids.set(collection, uniqueIds(collection, items, problems));
  }

  const nodes = ids.get('nodes');
  for (const collection of ['links', 'demands'] as const) {
    eachItem(root[collection], (item, index) => {
      const from = stringAt(item, 'from');
      const to = stringAt(item, 'to');
      if (nodes !== undefined) {
        if (from !== undefined && !nodes.has(from)) problems.push(at([collection, index, 'from'], `unknown node ${quote(from)}`));
        if (to !== undefined && !nodes.has(to)) problems.push(at([collection, index, 'to'], `unknown node ${quote(to)}`));
      }
      if (from !== undefined && from === to) {
        problems.push(at([collection, index, 'to'], `expected a node other than from (${quote(from)}), got ${quote(to)}`));
      }
    });
  }

  checkGates(root, ids.get('links'), problems);

  const sources = root.sources === undefined ? new Map<string, number>() : ids.get('sources');
  if (sources !== undefined) {
    const none = root.sources === undefined ? ' (the scenario lists no sources)' : '';
    for (const collection of WITH_SOURCE) {
      eachItem(root[collection], (item, index) => {
        const source = stringAt(item, 'source');
        if (source !== undefined && !sources.has(source)) {
          problems.push(at([collection, index, 'source'], `unknown source ${quote(source)}${none}`));
        }
      });
    }
  }

  checkUncertainty(root, problems);
  return problems;
}

function at(keys: LocatedProblem['keys'], message: string): LocatedProblem {
  return { keys, message };
}

/**
 * Calls `visit` with each item of `items` that is an object, and its index.
 * A callback rather than a generator of `[item, index]` pairs: this runs on
 * every scenario read, before V8 has optimized it, where resuming a generator
 * and destructuring each pair cost more than the checks themselves.
 */
function eachItem(items: unknown, visit: (item: Item, index: number) => void): void {
  if (!Array.isArray(items)) return;
  for (let index = 0; index < items.length; index += 1) {
    const item: unknown = items[index];
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) visit(item as Item, index);
  }
}

function stringAt(item: Item, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' ? value : undefined;
}

/** Id → first position; every later use of an id is a duplicate. */
function uniqueIds(collection: string, items: readonly unknown[], problems: LocatedProblem[]): Map<string, number> {
  const first = new Map<string, number>();
  eachItem(items, (item, index) => {
    const id = stringAt(item, 'id');
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else problems.push(at([collection, index, 'id'], `duplicate id ${quote(id)} (first at ${collection}[${earlier}])`));
  });
  return first;
}

function checkGates(root: Item, links: ReadonlyMap<string, number> | undefined, problems: LocatedProblem[]): void {
  const owner = new Map<string, { corridor: string; where: string }>();
  eachItem(root.corridors, (corridor, index) => {
    const gates = corridor.gates;
    if (!Array.isArray(gates)) return;
    const name = stringAt(corridor, 'id') ?? `corridors[${index}]`;
    const here = new Map<string, number>();
    gates.forEach((gate: unknown, position) => {
      if (typeof gate !== 'string') return;
      const keys = ['corridors', index, 'gates', position];
      if (links !== undefined && !links.has(gate)) problems.push(at(keys, `unknown link ${quote(gate)}`));
      const earlier = here.get(gate);
      if (earlier !== undefined) {
        problems.push(at(keys, `duplicate gate ${quote(gate)} (first at corridors[${index}].gates[${earlier}])`));
        return;
      }
      here.set(gate, position);
      const other = owner.get(gate);
      if (other === undefined) {
        owner.set(gate, { corridor: name, where: `corridors[${index}].gates[${position}]` });
      } else {
        problems.push(
          at(
            keys,
            `link ${quote(gate)} is already a gate of corridor ${quote(other.corridor)} (${other.where}); ` +
              'a link can be a gate of at most one corridor',
          ),
        );
      }
    });
  });
}

function checkUncertainty(root: Item, problems: LocatedProblem[]): void {
  const seen = new Map<string, number>();
  eachItem(root.uncertainty, (item, index) => {
    const path = stringAt(item, 'set');
    if (path === undefined) return;
    // An array that is not an array is the schema's to report, not every path into it.
    const section = path.slice(0, Math.max(path.indexOf('.'), 0));
    if (Object.hasOwn(NUMERIC_FIELDS, section) && root[section] !== undefined && !Array.isArray(root[section])) return;
    const outcome = resolveParameterPath(root as unknown as Scenario, path);
    if (!outcome.ok) {
      problems.push(at(['uncertainty', index, 'set'], outcome.message));
      return;
    }
    const earlier = seen.get(path);
    if (earlier !== undefined) {
      const first = `uncertainty[${earlier}].set`;
      problems.push(at(['uncertainty', index, 'set'], `duplicate parameter ${quote(path)} (first at ${first})`));
      return;
    }
    seen.set(path, index);
    const { collection, field } = outcome.ref;
    const rule = numberRuleOf(collection, field);
    if (rule === undefined) return;
    for (const key of ['min', 'mode', 'max']) {
      const value = item[key];
      if (typeof value === 'number' && Number.isFinite(value) && !rule.test(value)) {
        const message = `expected ${expectedOf(rule, value)} (the range of ${field}), got ${value}`;
        problems.push(at(['uncertainty', index, key], message));
      }
    }
  });
}
