import { it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { readResult } from '../../../src/lp/read-result';
import { createSolver } from '../../../src/solver/create-solver';
import type { Scenario, ScenarioLink } from '../../../src/model/types';

function grid(size: number, numDemands: number): Scenario {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const id = (r: number, c: number) => `n${r}_${c}`;
  const nodes = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) nodes.push({ id: id(r, c), cost: Math.round(rnd() * 3), days: rnd() < 0.1 ? 1 : 0, ...(rnd() < 0.05 ? { capacity: 40000 } : {}) });
  const links: ScenarioLink[] = [];
  const gates: string[][] = [[], [], []];
  const mid = Math.floor(size / 2);
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) {
    for (const [dr, dc] of [[0, 1], [1, 0], [0, -1], [-1, 0]]) {
      const r2 = r + dr!, c2 = c + dc!;
      if (r2 < 0 || c2 < 0 || r2 >= size || c2 >= size) continue;
      const lid = `${id(r, c)}-${id(r2, c2)}`;
      links.push({ id: lid, from: id(r, c), to: id(r2, c2), cost: 1 + Math.round(rnd() * 20), days: Math.round(rnd() * 2), ...(rnd() < 0.3 ? { capacity: 500 + Math.round(rnd() * 3000) } : {}) });
      if (c === mid - 1 && c2 === mid) gates[Math.min(2, Math.floor((3 * r) / size))]!.push(lid);
    }
  }
  const demands = [];
  for (let k = 0; k < numDemands; k++) {
    demands.push({ id: `d${k}`, from: id(Math.floor(rnd() * size), Math.floor(rnd() * mid)), to: id(Math.floor(rnd() * size), mid + Math.floor(rnd() * (size - mid))), volume: 1000 + Math.round(rnd() * 4000), valueOfTime: Math.round(rnd() * 3), ...(k % 3 === 0 ? { unmetPenalty: 500 } : {}) });
  }
  return { format: 'corridor-flow/scenario@1', name: 'grid', nodes, links, corridors: [{ id: 'titr', gates: gates[0]!, maxShare: 0.5 }, { id: 'tripp', gates: gates[1]!, minShare: 0.05 }, { id: 'iran', gates: gates[2]! }], demands };
}

it('measure', async () => {
  const solver = await createSolver();
  const s = grid(30, 30);
  let t = performance.now();
  const build = buildLp(s);
  const tBuild = performance.now() - t;
  console.log('links', s.links.length, 'cols', build.lp.numCols, 'rows', build.lp.numRows, 'nnz', build.lp.rowIndex.length);
  t = performance.now();
  const sol = solver.solveLp(build.lp);
  const tSolve = performance.now() - t;
  t = performance.now();
  const r = readResult(s, build, sol);
  const tRead = performance.now() - t;
  // warm second build/read
  t = performance.now(); const b2 = buildLp(s); const tBuild2 = performance.now() - t;
  t = performance.now(); readResult(s, b2, sol); const tRead2 = performance.now() - t;
  console.log(JSON.stringify({ status: sol.status, tBuild, tBuild2, tSolveWall: tSolve, glpkMs: sol.solver.ms, tRead, tRead2, objective: r.objective, served: r.served, shares: r.corridors.map((c) => c.share), other: r.other }));
}, 600_000);
