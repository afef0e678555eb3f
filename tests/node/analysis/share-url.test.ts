import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, SHARE_URL_LIMIT } from '../../../src/app/share-url';
import { parseScenario } from '../../../src/model/parse-scenario';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { seededRandom } from '../../../src/analysis/seeded-random';
import { propertySettings } from '../../support/property-settings';
import { loadModel } from './analysis-support';

/**
 * A fragment holding `json` packed as encodeShare packs it (raw DEFLATE, base64url), but by
 * another compressor (zlib), as a link made elsewhere would be; also builds damaged links on purpose.
 */
function pack(json: string): string {
  const bytes = deflateRawSync(Buffer.from(json, 'utf8'));
  return `#share=1.${Buffer.from(bytes).toString('base64url')}`;
}

async function encoded(state: Parameters<typeof encodeShare>[0]): Promise<string> {
  const outcome = await encodeShare(state);
  if (!outcome.ok) throw new Error(`expected a link, got too-big at ${outcome.length} characters`);
  return outcome.hash;
}

describe('encodeShare and decodeShare', () => {
  it('should give back the same scenario and view (teaching models)', async () => {
    for (const name of ['teaching-two-routes', 'teaching-share-cap', 'teaching-soft-demand']) {
      const scenario = loadModel(name);
      const view = { tab: 'sweep', selected: { kind: 'link', id: 'a1' } };
      const hash = await encoded({ scenario, view });
      expect(hash).toMatch(/^#share=1\.[A-Za-z0-9_-]+$/);
      expect(hash.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
      expect(await decodeShare(hash)).toEqual({ ok: true, state: { scenario, view }, warnings: [] });
      // Without its `#` too, as `location.hash.slice(1)` would give it.
      expect(await decodeShare(hash.slice(1))).toEqual({ ok: true, state: { scenario, view }, warnings: [] });
    }
  });

  it('should open a link made by the earlier packing (fflate, level 9), so links already sent keep working', async () => {
    // Made by share-url.ts as of commit e300dec: fflate's deflateSync(strToU8(json), { level: 9 }), base64url,
    // of JSON.stringify({ scenario, view: { tab: 'sweep' } }) with the scenario below.
    const oldLink =
      '#share=1.dZBBDsIgEEWvYmZdY2vaxLBSL-ABTBdjoQkRmAbQxjTc3cFU2427P_B488MEoVMOvSYQE_TkLUYQ0JH3WpLf9obG3Rc5VlCAQ6uYuBi5Mdrd8wlJFUBcJ9CSb3CBThxNFtYlB3IgmjIVM3dbuPOPq2aublLLkReszflJ78nOWyKX_mgsN-DoURueOgqsqvaccMBOxxeIQ5l9Ull0cmWUf4RPMo_cjOu2iUetxvw_kRsICKNSA6T0Bg';
    const scenario = {
      format: 'corridor-flow/scenario@1',
      name: 'Old link',
      nodes: [
        { id: 'a', name: 'A', lat: 40, lon: 50 },
        { id: 'b', name: 'B', lat: 41, lon: 45 },
      ],
      links: [{ id: 'ab', from: 'a', to: 'b', mode: 'rail', cost: 12, capacity: 80 }],
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 50 }],
    };
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error('the old link\'s scenario must be valid');
    expect(await decodeShare(oldLink)).toEqual({ ok: true, state: { scenario: parsed.scenario, view: { tab: 'sweep' } }, warnings: parsed.warnings });
  });

  it('should open a link packed by another raw DEFLATE compressor (zlib)', async () => {
    const scenario = loadModel('teaching-share-cap');
    expect(await decodeShare(pack(JSON.stringify({ scenario })))).toEqual({ ok: true, state: { scenario }, warnings: [] });
  });

  it('should give back every generated scenario it can pack', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(), async (scenario) => {
        const outcome = await encodeShare({ scenario });
        if (!outcome.ok) return;
        const decoded = await decodeShare(outcome.hash);
        expect(decoded.ok && decoded.state).toEqual({ scenario });
      }),
      propertySettings(100),
    );
  });

  it('should fit the default Caspian 2030 model stripped of its notes into a link', async () => {
    const caspian = loadModel('caspian-2030');
    const bare = {
      ...caspian,
      sources: [],
      description: '',
      nodes: caspian.nodes.map(({ assumption: _a, source: _s, ...n }) => n),
      links: caspian.links.map(({ assumption: _a, source: _s, ...l }) => l),
      corridors: (caspian.corridors ?? []).map(({ assumption: _a, source: _s, ...c }) => c),
      demands: caspian.demands.map(({ assumption: _a, source: _s, ...d }) => d),
      projects: (caspian.projects ?? []).map(({ assumption: _a, source: _s, ...p }) => p),
    };
    const hash = await encoded({ scenario: bare });
    // The four-corridor planning case (46 links, 7 projects) packs to ≈ 5,400 characters: it fits, with
    // less headroom than the three-corridor model had (under half the limit).
    expect(hash.length).toBeLessThan(SHARE_URL_LIMIT);
    expect(await decodeShare(hash)).toMatchObject({ ok: true, state: { scenario: bare } });
  });

  it('should say "too-big" with the length when the link would pass SHARE_URL_LIMIT', async () => {
    // 12,000 seeded random letters do not compress below ~9,000 base64 characters.
    const random = seededRandom(1);
    const noise = Array.from({ length: 12_000 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    const scenario = { ...loadModel('teaching-two-routes'), description: noise };
    const outcome = await encodeShare({ scenario });
    expect(outcome).toEqual({ ok: false, reason: 'too-big', length: expect.any(Number) });
    if (!outcome.ok) expect(outcome.length).toBeGreaterThan(SHARE_URL_LIMIT);
  });

  it('should explain, never throw, on damaged or foreign fragments', async () => {
    const good = await encoded({ scenario: loadModel('teaching-two-routes') });
    const cases: [string, RegExp][] = [
      ['', /no "#share=" part/],
      ['#section-2', /no "#share=" part/],
      ['#share=9.abc', /newer version/],
      [good.slice(0, Math.floor(good.length / 2)), /damaged/],
      [`${good.slice(0, 20)}!!${good.slice(22)}`, /damaged: it holds characters/],
      ['#share=1.AAAA', /damaged/],
      [pack('{"scenario": '), /not valid JSON/],
      [pack('[1, 2]'), /holds no scenario/],
      [pack('{"view": {}}'), /holds no scenario/],
      [pack('{"scenario": {"format": "corridor-flow/scenario@1", "name": "x", "nodes": [], "links": [], "demands": []}}'), /not valid: nodes/],
      [`#share=1.${'A'.repeat(5 * SHARE_URL_LIMIT)}`, /too long/],
    ];
    for (const [hash, message] of cases) {
      const outcome = await decodeShare(hash);
      expect(outcome.ok, hash.slice(0, 40)).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(message);
    }
  });

  it('should refuse a fragment that inflates beyond any scenario (a DEFLATE bomb)', async () => {
    const bomb = pack(`{"scenario": "${' '.repeat(6 * 1024 * 1024)}"}`);
    expect(bomb.length).toBeLessThan(4 * SHARE_URL_LIMIT);
    expect(await decodeShare(bomb)).toEqual({ ok: false, message: expect.stringMatching(/more than 4 MB/) });
  });

  it('should never reject on any text, and accept none that is not a scenario link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `#share=1.${s}`), fc.base64String().map((s) => `#share=1.${s}`)), async (hash) => {
        expect((await decodeShare(hash)).ok).toBe(false);
      }),
      propertySettings(300),
    );
  });
});
