import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShare, digestOf, encodeShare, SHARE_URL_LIMIT, type ShareBase } from '../../../src/app/share-url';
import { applyJsonDiff, diffJson } from '../../../src/app/json-diff';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { loadModel } from './analysis-support';

/** Every shipped model, read from models/ so a model added later is covered too. */
const MODEL_IDS = readdirSync(resolve(import.meta.dirname, '../../../models'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();
const BASES: readonly ShareBase[] = MODEL_IDS.map((id) => ({ id, scenario: loadModel(id) }));
const loadBase = async (id: string): Promise<Scenario | null> => BASES.find((b) => b.id === id)?.scenario ?? null;

/**
 * An economist's afternoon on a model: a capacity, a cost and a demand changed, a link moved to the end,
 * a new link, a demand removed (when there are two or more), the scenario renamed.
 */
function edited(scenario: Scenario): Scenario {
  const [first, second, ...rest] = scenario.links;
  const [demand, ...others] = scenario.demands;
  return {
    ...scenario,
    name: `${scenario.name} (edited)`,
    links: [
      { ...first!, capacity: (first!.capacity ?? 1e6) * 1.5 },
      ...rest.map((link, i) => (i === 0 ? { ...link, cost: link.cost + 3.25 } : link)),
      second!,
      { ...second!, id: `${second!.id}-twin`, capacity: 123_456 },
    ],
    demands: [{ ...demand!, volume: demand!.volume * 0.8 }, ...others.slice(0, -1)],
  };
}

async function linkOf(scenario: Scenario, view?: Record<string, unknown>): Promise<string> {
  const outcome = await encodeShare(view === undefined ? { scenario } : { scenario, view }, BASES);
  if (!outcome.ok) throw new Error(`"${scenario.name}" gave no link: ${outcome.length} characters`);
  return outcome.hash;
}

describe('share links against a base model', () => {
  it.each(MODEL_IDS)('should share %s unedited, within the limit, and open to the same scenario and view', async (id) => {
    const scenario = loadModel(id);
    const view = { analyses: { tab: 'sweep' }, selected: { kind: 'link', id: scenario.links[0]!.id } };
    const hash = await linkOf(scenario, view);
    expect(hash.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
    expect(await decodeShare(hash, loadBase)).toEqual({ ok: true, state: { scenario, view }, warnings: [] });
  });

  it.each(MODEL_IDS)('should share %s after edits (changed, removed, added and moved items) and open to the same scenario', async (id) => {
    const scenario = edited(loadModel(id));
    const hash = await linkOf(scenario);
    expect(hash.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
    expect(await decodeShare(hash, loadBase)).toEqual({ ok: true, state: { scenario }, warnings: [] });
  });

  it('should name the base for the large models, whose whole text is over the limit', async () => {
    const caspian = loadModel('caspian-2030');
    // Without bases the whole scenario is packed: over the limit (measured ≈ 12,000 characters).
    const whole = await encodeShare({ scenario: caspian });
    expect(whole.ok).toBe(false);
    const hash = await linkOf(edited(caspian));
    expect(hash.startsWith('#share=2.')).toBe(true);
  });

  it('should keep carrying the whole scenario (version 1) when that is the shorter link', async () => {
    const [generated] = fc.sample(scenarioArbitrary(), { seed: 1, numRuns: 1 });
    const hash = await linkOf(generated!);
    expect(hash.startsWith('#share=1.')).toBe(true);
  });

  it('should open an imported variant of a shipped model (not picked from the menu) by its closest base', async () => {
    const other = edited(loadModel('caspian-2030-iran-closed'));
    const hash = await linkOf(other);
    expect(hash.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
    expect(await decodeShare(hash, loadBase)).toEqual({ ok: true, state: { scenario: other }, warnings: [] });
  });

  it('should warn when the base model shipped here differs from the one the link was made against', async () => {
    const scenario = edited(loadModel('caspian-2030'));
    const hash = await linkOf(scenario);
    const changedBase = async (id: string) => {
      const base = await loadBase(id);
      return base && { ...base, description: `${base.description} Revised.` };
    };
    const outcome = await decodeShare(hash, changedBase);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.state.scenario.links).toEqual(scenario.links);
      expect(outcome.warnings).toEqual([{ path: '', message: expect.stringMatching(/another version of the model "caspian-2030".*numbers may differ/) }]);
    }
  });

  it('should explain, never throw, when the base is missing or the changes do not fit it', async () => {
    const hash = await linkOf(edited(loadModel('caspian-2030')));
    expect(await decodeShare(hash)).toEqual({ ok: false, message: expect.stringMatching(/names the model "caspian-2030"/) });
    expect(await decodeShare(hash, async () => null)).toEqual({ ok: false, message: expect.stringMatching(/does not ship/) });
    const pack = (data: unknown) => `#share=2.${Buffer.from(deflateRawSync(Buffer.from(JSON.stringify(data)))).toString('base64url')}`;
    const base = { id: 'teaching-two-routes', digest: digestOf(loadModel('teaching-two-routes')) };
    const cases: [unknown, RegExp][] = [
      [{ diff: [] }, /names no base model/],
      [{ base, diff: 'x' }, /not a list/],
      [{ base, diff: [{ p: ['links', 'nope'] }] }, /change 1 removes links\/nope, which the base model does not have/],
      [{ base, diff: [{ p: ['nodes', 'nope', 'lat'], v: 1 }] }, /change 1 is at nodes\/nope\/lat/],
      [{ base, diff: [{ p: ['__proto__', 'x'], v: 1 }] }, /forbidden path/],
      [{ base, diff: [{ p: ['links'], o: ['a'] }] }, /reorders links/],
      [{ base, diff: [{ p: ['links', 'sea-leg', 'capacity'], v: -5 }] }, /not valid/],
    ];
    for (const [data, message] of cases) {
      const outcome = await decodeShare(pack(data), loadBase);
      expect(outcome, JSON.stringify(data)).toEqual({ ok: false, message: expect.stringMatching(message) });
    }
  });
});

describe('diffJson and applyJsonDiff', () => {
  it('should turn any scenario into any other', async () => {
    await fc.assert(
      fc.property(scenarioArbitrary(), scenarioArbitrary(), (a, b) => {
        const [from, to] = [JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))];
        expect(applyJsonDiff(from, diffJson(from, to))).toEqual({ ok: true, value: to });
      }),
      propertySettings(100),
    );
  });

  it('should give one operation for one changed capacity, wherever the link sits', () => {
    const base = loadModel('caspian-2030');
    const last = base.links.at(-1)!;
    const target = { ...base, links: [...base.links.slice(0, -1), { ...last, capacity: 1 }] };
    expect(diffJson(base, target)).toEqual([{ p: ['links', last.id, 'capacity'], v: 1 }]);
    expect(diffJson(base, base)).toEqual([]);
  });
});
