import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSources, root, SEED } from './bench-common.js';
import { generateScenario } from './generate-scenario.js';
const dir = await bundleSources('prof-reuse', {
  paths: join(root, 'src/lp/solve-by-paths.ts'), reuse: join(root, 'src/lp/path-reuse.ts'),
  read: join(root, 'src/lp/read-result.ts'), scratch: join(root, 'src/lp/scratch.ts'), verify: join(root, 'src/lp/verify-solution.ts'),
});
const load = (e) => import(pathToFileURL(join(dir, `${e}.js`)).href);
const [{ createSolver }, { buildLp }, { solveByPaths }, { PathReuse }, { readResult }, { withScratch }] = await Promise.all(['solver','lp','paths','reuse','read','scratch'].map(load));
const solver = await createSolver();
const scenario = generateScenario({ seed: SEED, width: 25, height: 20, demands: 200, demandsPerOrigin: 10 });
const swept = 'n11_13-n12_13';
const cap = scenario.links.find((l) => l.id === swept).capacity;
const reuse = process.argv.includes('--cold') ? undefined : new PathReuse();
const sum = {};
const add = (k, v) => (sum[k] = (sum[k] ?? 0) + v);
for (let i = 0; i < 20; i++) {
  const s = { ...scenario, links: scenario.links.map((l) => (l.id === swept ? { ...l, capacity: cap * (0.5 + i / 19) } : l)) };
  withScratch(() => {
    let t = performance.now();
    const build = buildLp(s, { reduce: true });
    add('buildLp', performance.now() - t);
    let glpk = 0, n = 0;
    const lpSolve = (lp, o) => { const t0 = performance.now(); const r = solver.solveLp(lp, o); glpk += performance.now() - t0; n++; return r; };
    let stats;
    t = performance.now();
    const sol = solveByPaths(build, lpSolve, reuse ? { pathReuse: reuse } : {}, (x) => (stats = x));
    add('solveByPaths', performance.now() - t); add('  of which glpk', glpk);
    add('rounds', stats.rounds); add('seeded', stats.seeded); add('paths', stats.paths);
    if (stats.fellBack) console.log('fell back', stats.fellBack);
    t = performance.now();
    readResult(s, build, sol);
    add('readResult', performance.now() - t);
  }, { reuse: true });
}
for (const [k, v] of Object.entries(sum)) console.log(k.padEnd(20), (v / 20).toFixed(1));
