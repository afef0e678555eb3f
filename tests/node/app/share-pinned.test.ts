import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, SHARE_URL_LIMIT, type ShareBase } from '../../../src/app/share-url';
import type { Scenario } from '../../../src/model/types';
import { loadModel } from '../analysis/analysis-support';

const MODEL_IDS = readdirSync(resolve(import.meta.dirname, '../../../models'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();
const BASES: readonly ShareBase[] = MODEL_IDS.map((id) => ({ id, scenario: loadModel(id) }));
const loadBase = async (id: string): Promise<Scenario | null> => BASES.find((b) => b.id === id)?.scenario ?? null;

/** `scenario` with its first link's capacity halved: what a user does after pinning. */
function halved(scenario: Scenario): Scenario {
  const [first, ...rest] = scenario.links;
  return { ...scenario, name: `${scenario.name} (halved)`, links: [{ ...first!, capacity: (first!.capacity ?? 1e6) / 2 }, ...rest] };
}

async function hashOf(state: Parameters<typeof encodeShare>[0]): Promise<string> {
  const outcome = await encodeShare(state, BASES);
  if (!outcome.ok) throw new Error(`no link: ${outcome.length} characters`);
  expect(outcome.pinnedLeftOut).toBeUndefined();
  return outcome.hash;
}

/** A version-1 fragment packed by hand (zlib's raw DEFLATE), for payloads the encoder would not make. */
const handMade = (payload: unknown): string => `#share=1.${deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url')}`;

describe('share links with a pinned base', () => {
  it('should carry a base pinned a few edits ago in a few characters more, and open to both scenarios', async () => {
    const pinned = loadModel('caspian-2030');
    const scenario = halved(pinned);
    const without = await hashOf({ scenario });
    const hash = await hashOf({ scenario, pinned: { scenario: pinned, name: 'Before the cut' } });

    const opened = await decodeShare(hash, loadBase);

    expect(opened.ok && opened.state.scenario).toEqual(scenario);
    expect(opened.ok && opened.state.pinned).toEqual({ scenario: pinned, name: 'Before the cut' });
    expect(opened.ok && opened.warnings).toEqual([]);
    // The pinned base is one operation against the shared scenario (measured: 30–60 characters packed).
    expect(hash.length - without.length).toBeLessThan(120);
  });

  it.each(MODEL_IDS)('should carry another shipped model (%s) pinned as base by naming it', async (id) => {
    const scenario = halved(loadModel(MODEL_IDS.find((other) => other !== id)!));
    const pinned = halved(loadModel(id));
    const hash = await hashOf({ scenario, pinned: { scenario: pinned, name: 'Other' } });
    expect(hash.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
    const opened = await decodeShare(hash, loadBase);
    expect(opened.ok && opened.state.pinned?.scenario).toEqual(pinned);
  });

  it('should leave out a pinned base that would put the link over the limit, and say so', async () => {
    const scenario = loadModel('caspian-2030');
    // A base no shipped model is near: 400 links of random-looking names (≈ 20,000 characters packed).
    const links = Array.from({ length: 400 }, (_, i) => ({ ...scenario.links[0]!, id: `x${(i * 7919).toString(36)}${i}`, name: `Link ${Math.sin(i).toFixed(12)}` }));
    const pinned = { ...scenario, links: [...scenario.links, ...links] };
    const outcome = await encodeShare({ scenario, pinned: { scenario: pinned, name: 'Huge' } }, BASES);
    expect(outcome).toMatchObject({ ok: true, pinnedLeftOut: true });
    const opened = await decodeShare(outcome.ok ? outcome.hash : '', loadBase);
    expect(opened.ok && opened.state.scenario).toEqual(scenario);
    expect(opened.ok && 'pinned' in opened.state).toBe(false);
  });

  it('should open a link whose pinned base does not fit, without it, and warn at the path "pinned"', async () => {
    const scenario = loadModel('caspian-2030');
    const hash = handMade({ scenario, pinned: { name: 'Broken', diff: [{ p: ['links', 'no-such-link', 'capacity'], v: 1 }, { p: ['nodes'], v: 'not a list' }] } });
    const opened = await decodeShare(hash, loadBase);
    expect(opened.ok && opened.state.scenario).toEqual(scenario);
    expect(opened.ok && 'pinned' in opened.state).toBe(false);
    expect(opened.ok && opened.warnings.map((w) => w.path)).toEqual(['pinned']);
    expect(opened.ok && opened.warnings[0]!.message).toMatch(/^the pinned base was left out: /);
  });

  it('should still open a link made before pinned bases travelled (no pinned field)', async () => {
    const scenario = loadModel('caspian-2030');
    const opened = await decodeShare(handMade({ scenario, view: { analyses: { tab: 'sweep' } } }), loadBase);
    expect(opened).toEqual({ ok: true, state: { scenario, view: { analyses: { tab: 'sweep' } } }, warnings: [] });
  });
});
