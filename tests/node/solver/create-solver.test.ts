import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSolver, GLPK_JS_VERSION } from '../../../src/solver/create-solver';

describe('createSolver', () => {
  it('should report the glpk.js and GLPK versions', async () => {
    const solver = await createSolver();
    expect(solver.version).toBe('glpk.js 5.0.0 (GLPK 5.0)');
    const installed = JSON.parse(readFileSync('node_modules/glpk.js/package.json', 'utf8')) as { version: string };
    expect(GLPK_JS_VERSION).toBe(installed.version);
  });

  it('should call GLPK directly on glpk.js 5.0.0\'s instance (its export map was checked on load)', async () => {
    const solver = await createSolver();
    expect(solver.direct).toBe(true);
  });

  it('should solve a scenario with the reused instance', async () => {
    const [a, b] = await Promise.all([createSolver(), createSolver()]);
    const scenario = {
      format: 'corridor-flow/scenario@1' as const,
      name: 's',
      nodes: [{ id: 'A' }, { id: 'B' }],
      links: [{ id: 'AB', from: 'A', to: 'B', cost: 3 }],
      demands: [{ id: 'd', from: 'A', to: 'B', volume: 2 }],
    };
    for (const solver of [a, b, a]) {
      const r = solver.solve(scenario);
      expect(r.status).toBe('optimal');
      expect(r.objective).toBe(6);
    }
  });

  it('should import nothing Node-only, so it runs in a Web Worker', () => {
    for (const file of ['create-solver.ts', 'glpk-lp-solve.ts']) {
      const source = readFileSync(`src/solver/${file}`, 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) expect(spec === 'glpk.js/node' || spec.startsWith('.')).toBe(true);
    }
  });
});
