import { quote } from './describe-value';
import type { LocatedProblem } from './located-problem';
import { parseObservedFigure } from './observed-figure';

type Item = Record<string, unknown>;

const SINGULAR = { corridors: 'corridor', links: 'link', nodes: 'node' } as const;

/**
 * The checks of `observed` that need the whole scenario: every `of` names an
 * existing corridor, link or node, every `source` an entry of `sources`, and
 * no figure is observed twice for the same year (which of two values would
 * calibration fit?). Also: a calibration step link's `stepOf` names a link.
 *
 * Like `checkReferences`, it runs on input that may have failed the schema
 * and looks only at values of the right type.
 */
export function checkObserved(root: Item): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const ids = (collection: string): ReadonlySet<string> | undefined => {
    const items = root[collection];
    if (items === undefined) return new Set();
    if (!Array.isArray(items)) return undefined;
    return new Set(items.flatMap((item: unknown) => (isItem(item) && typeof item.id === 'string' ? [item.id] : [])));
  };
  const sources = ids('sources');
  const firstOf = new Map<string, number>();
  const observed = root.observed;
  if (Array.isArray(observed)) {
    observed.forEach((item: unknown, index) => {
      if (!isItem(item)) return;
      const of = item.of;
      if (typeof of === 'string') {
        const figure = parseObservedFigure(of);
        const known = figure === undefined ? undefined : ids(figure.collection);
        if (figure !== undefined && known !== undefined && !known.has(figure.id)) {
          problems.push({ keys: ['observed', index, 'of'], message: `unknown ${SINGULAR[figure.collection]} ${quote(figure.id)}` });
        }
        const year = typeof item.year === 'number' ? item.year : undefined;
        const key = `${of}|${year ?? ''}`;
        const earlier = firstOf.get(key);
        if (earlier === undefined) firstOf.set(key, index);
        else {
          const when = year === undefined ? 'without a year' : `for ${year}`;
          problems.push({ keys: ['observed', index, 'of'], message: `duplicate observation of ${quote(of)} ${when} (first at observed[${earlier}])` });
        }
      }
      const source = item.source;
      if (typeof source === 'string' && sources !== undefined && !sources.has(source)) {
        const none = root.sources === undefined ? ' (the scenario lists no sources)' : '';
        problems.push({ keys: ['observed', index, 'source'], message: `unknown source ${quote(source)}${none}` });
      }
    });
  }
  const links = ids('links');
  if (Array.isArray(root.links) && links !== undefined) {
    root.links.forEach((link: unknown, index) => {
      const mark = isItem(link) ? link.calibrated : undefined;
      const stepOf = isItem(mark) ? mark.stepOf : undefined;
      if (typeof stepOf === 'string' && !links.has(stepOf)) {
        problems.push({ keys: ['links', index, 'calibrated', 'stepOf'], message: `unknown link ${quote(stepOf)}` });
      }
    });
  }
  return problems;
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
