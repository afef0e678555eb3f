import { describe, expect, it } from 'vitest';
import { leversGroup, parameterGroups } from '../../../src/app/analyses/parameter-options';
import { listParameters } from '../../../src/model/parameter-path';
import { inProcessSolve, loadModel } from './analysis-support';

describe('parameterGroups', () => {
  // caspian-today.json is gone: the rebuilt models are the 2030 base, its one-year variants and the observed 2024.
  it.each(['caspian-2030', 'caspian-2024', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed', 'caspian-2030-russia-closed', 'caspian-2030-both-closed', 'teaching-two-routes'])('should list the levers of %s first and leave out coordinates and km', async (name) => {
    const scenario = loadModel(name);
    const groups = parameterGroups(scenario, 'en');
    const paths = groups.flatMap((g) => g.options.map((o) => o.path));
    expect(groups[0]!.label).toBe(leversGroup());
    expect(paths.filter((p) => /\.(lat|lon|km)$/.test(p))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.length).toBeLessThan(listParameters(scenario).length);
    // Every capacity that binds in the answer, and every demand's volume, is among the levers.
    const result = await (await inProcessSolve())(scenario);
    const levers = new Set(groups[0]!.options.map((o) => o.path));
    for (const link of result.links.filter((l) => l.marginalValue > 1e-7)) expect(levers, link.id).toContain(`links.${link.id}.capacity`);
    for (const demand of scenario.demands) expect(levers).toContain(`demands.${demand.id}.volume`);
  });

  it('should keep the current choice listed even when it changes nothing', () => {
    const scenario = loadModel('caspian-2030');
    const path = `nodes.${scenario.nodes[0]!.id}.lat`;
    expect(parameterGroups(scenario, 'en', path).flatMap((g) => g.options.map((o) => o.path))).toContain(path);
  });
});
