import { parseScenario } from '../model/parse-scenario';
import { formatProblem } from '../model/format-problem';
import type { Problem, Scenario } from '../model/types';
import { applyJsonDiff, diffJson } from './json-diff';
import type { LoadShareBase, ShareBase } from './share-url';

/** A pinned base as a share link carries it: its scenario (solved again on opening) and its name in the comparison. */
export interface SharePinned {
  readonly scenario: Scenario;
  readonly name: string;
}

/**
 * The pinned base packed beside the shared scenario: `{ name, diff }` turns
 * the shared scenario into it (a base pinned a few edits ago is a few
 * operations), or `{ name, base: id, diff }` turns a shipped model into it
 * (a base that is another model). The shorter is kept.
 */
interface Packed {
  readonly name: string;
  readonly base?: string;
  readonly diff: unknown;
}

/** As JSON sees it: an `undefined` field is no field, so it never reads as a removal. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export function packPinned(pinned: SharePinned, scenario: Scenario, bases: readonly ShareBase[]): Packed {
  const target = plain(pinned.scenario);
  let best: Packed = { name: pinned.name, diff: diffJson(plain(scenario), target) };
  let length = JSON.stringify(best.diff).length;
  for (const base of bases) {
    const diff = diffJson(plain(base.scenario), target);
    const size = JSON.stringify(diff).length;
    if (size < length) {
      best = { name: pinned.name, base: base.id, diff };
      length = size;
    }
  }
  return best;
}

export type UnpackPinnedOutcome = { readonly ok: true; readonly pinned: SharePinned } | { readonly ok: false; readonly warning: Problem };

/** The pinned base of a link, rebuilt and validated; what is wrong with it is a warning (the link opens without it). */
export async function unpackPinned(raw: unknown, scenario: Scenario, loadBase: LoadShareBase | undefined): Promise<UnpackPinnedOutcome> {
  const left = (why: string): UnpackPinnedOutcome => ({ ok: false, warning: { path: 'pinned', message: `the pinned base was left out: ${why}` } });
  const packed = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Packed, unknown>>;
  if (typeof packed.name !== 'string') return left('the link does not name it');
  let from: unknown = plain(scenario);
  if (packed.base !== undefined) {
    const model = typeof packed.base === 'string' && loadBase !== undefined ? await loadBase(packed.base) : null;
    if (model === null) return left(`it is based on the model "${String(packed.base)}", which this version of the app does not ship`);
    from = plain(model);
  }
  const applied = applyJsonDiff(from, packed.diff);
  if (!applied.ok) return left(applied.message);
  const parsed = parseScenario(applied.value);
  if (!parsed.ok) return left(`it is not a valid scenario (${parsed.errors.slice(0, 3).map(formatProblem).join('; ')})`);
  return { ok: true, pinned: { scenario: parsed.scenario, name: packed.name } };
}
