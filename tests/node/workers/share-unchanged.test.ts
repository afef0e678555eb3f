import { beforeAll, describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../../workers/share-unchanged';
import { setParameter } from '../../../src/model/parameter-path';
import type { Result } from '../../../src/model/types';
import type { SolveOne } from '../../../src/analysis/types';
import { inProcessSolve, loadModel } from '../analysis/analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

/** The results of two neighbouring sweep points of the default model (TRIPP's Meghri section 3.0 and 3.1 Mt/yr). */
async function neighbours(): Promise<[Result, Result]> {
  const model = loadModel('caspian-2030');
  const a = await solve(setParameter(model, 'links.tripp-meghri.capacity', 3_000_000));
  const b = await solve(setParameter(model, 'links.tripp-meghri.capacity', 3_100_000));
  return [a, b];
}

describe('shareUnchanged (how a worker lets a chunk of results share objects)', () => {
  it('should return a result equal in every value to the one it was given', async () => {
    const [a, b] = await neighbours();
    const copy = structuredClone(b);

    expect(shareUnchanged(a, b)).toStrictEqual(copy);
  });

  it('should reuse the previous result\'s object for every entry that did not change, and only for those', async () => {
    const [a, b] = await neighbours();

    const shared = shareUnchanged(a, b);

    for (const key of ['corridors', 'links', 'nodes', 'demands'] as const) {
      shared[key].forEach((entry, i) => {
        const unchanged = JSON.stringify(entry) === JSON.stringify(a[key][i]);
        expect(entry === a[key][i], `${key}[${i}] (${entry.id}) reused: ${String(!unchanged)}`).toBe(unchanged);
      });
    }
    // The two points differ (TRIPP carries more), so some entries are new and most are not.
    const links = shared.links.filter((l, i) => l === a.links[i]).length;
    expect(links).toBeGreaterThan(0);
    expect(links).toBeLessThan(a.links.length);
  });

  it('should reuse a whole list when every entry is unchanged', async () => {
    const [a] = await neighbours();
    const again = structuredClone(a);

    const shared = shareUnchanged(a, again);

    expect(shared.links).toBe(a.links);
    expect(shared.nodes).toBe(a.nodes);
    expect(shared.demands).toBe(a.demands);
    expect(shared.solver).toBe(again.solver); // per solve, never shared
  });

  it('should tell −0 from 0 and a missing field from one that is there, as structured cloning does', async () => {
    const [a] = await neighbours();
    const link = a.links[0]!;
    const negativeZero: Result = { ...a, links: [{ ...link, flow: link.flow === 0 ? -0 : -link.flow }, ...a.links.slice(1)] };
    const extraField: Result = { ...a, links: [{ ...link, name: 'x' } as typeof link, ...a.links.slice(1)] };

    expect(shareUnchanged(a, negativeZero).links[0]).not.toBe(link);
    expect(shareUnchanged(a, extraField).links[0]).not.toBe(link);
    expect(shareUnchanged(a, extraField).links[1]).toBe(a.links[1]);
  });

  it('should share nothing with an unrelated result and nothing with no previous one', async () => {
    const [a] = await neighbours();
    const other = await solve(loadModel('teaching-two-routes'));

    expect(shareUnchanged(null, a)).toBe(a);
    const shared = shareUnchanged(a, other);
    expect(shared).toStrictEqual(structuredClone(other));
    for (const key of ['corridors', 'links', 'nodes', 'demands'] as const) {
      expect(shared[key].filter((entry, i) => entry === a[key][i]), key).toEqual([]);
    }
  });
});
