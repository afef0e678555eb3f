/**
 * The spec's optimisation problem ("The optimisation problem (normative)" of
 * the scenario format) written as a GNU MathProg model, straight from its
 * formulas and independent of src/lp: one flow variable per demand and arc,
 * served tonnes s_k as variables, unmet u_k only for soft demands, node
 * throughput per demand, corridor flows F_c, and the objective as the spec
 * writes it. For the differential test against native GLPK (`glpsol`).
 *
 * Covers what that test generates: every item enabled (disabled items are
 * left to other tests). The default maxShare of 1 adds no row, as gates are
 * meant to be cuts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../src/model/types';

/** A number as MathProg reads it (negative ones in parentheses), to the last bit. */
const num = (value: number): string => (value < 0 ? `(${String(value)})` : String(value));

/** `Σ coefficient·variable`, or 0 when empty. */
function sum(terms: readonly (readonly [number, string])[]): string {
  const kept = terms.filter(([c]) => c !== 0);
  return kept.length === 0 ? '0' : kept.map(([c, v]) => `${num(c)}*${v}`).join(' + ');
}

/**
 * The model text; variables are named `x_k_a`, `s_k`, `u_k` by positions in
 * the scenario. `servedNear`: also hold each s_k within 1e-7 (relative, or
 * absolute below 1) of the value given, to ask whether another solver's
 * split between served and unmet is an optimum too.
 */
export function specMathProg(scenario: Scenario, servedNear?: readonly number[]): string {
  const nodes = scenario.nodes;
  const links = scenario.links;
  const demands = scenario.demands;
  const corridors = scenario.corridors ?? [];
  const nodeAt = new Map(nodes.map((n, i) => [n.id, i]));
  const lines: string[] = [];
  const x = (k: number, a: number): string => `x_${k}_${a}`;

  demands.forEach((d, k) => {
    lines.push(`var s_${k} >= 0;`);
    if (d.unmetPenalty !== undefined) lines.push(`var u_${k} >= 0;`);
    links.forEach((_, a) => lines.push(`var ${x(k, a)} >= 0;`));
  });

  // Objective: Σ_k Σ_a (cost_a + vot_k·days_a)·x + Σ_n Σ_k (cost_n + vot_k·days_n)·throughput_k(n) + Σ_k penalty_k·u_k.
  const objective: [number, string][] = [];
  demands.forEach((d, k) => {
    const vot = d.valueOfTime ?? 0;
    links.forEach((l, a) => {
      const head = nodes[nodeAt.get(l.to)!]!;
      objective.push([l.cost + vot * (l.days ?? 0) + (head.cost ?? 0) + vot * (head.days ?? 0), x(k, a)]);
    });
    const origin = nodes[nodeAt.get(d.from)!]!;
    objective.push([(origin.cost ?? 0) + vot * (origin.days ?? 0), `s_${k}`]);
    if (d.unmetPenalty !== undefined) objective.push([d.unmetPenalty, `u_${k}`]);
  });
  lines.push(`minimize cost: ${sum(objective)};`);

  demands.forEach((d, k) => {
    // Served + unmet = volume (hard: served = volume).
    lines.push(`s.t. volume_${k}: s_${k}${d.unmetPenalty !== undefined ? ` + u_${k}` : ''} = ${num(d.volume)};`);
    // Conservation: out − in = s_k at the origin, −s_k at the destination, 0 elsewhere.
    nodes.forEach((n, i) => {
      const terms: [number, string][] = [];
      links.forEach((l, a) => {
        if (l.from === n.id) terms.push([1, x(k, a)]);
        if (l.to === n.id) terms.push([-1, x(k, a)]);
      });
      if (d.from === n.id) terms.push([-1, `s_${k}`]);
      if (d.to === n.id) terms.push([1, `s_${k}`]);
      lines.push(`s.t. conserve_${k}_${i}: ${sum(terms)} = 0;`);
    });
  });
  links.forEach((l, a) => {
    if (l.capacity === undefined) return;
    lines.push(`s.t. link_${a}: ${sum(demands.map((_, k) => [1, x(k, a)] as const))} <= ${num(l.capacity)};`);
  });
  nodes.forEach((n, i) => {
    if (n.capacity === undefined) return;
    // Throughput: flow entering n plus tonnes served from n.
    const terms: [number, string][] = [];
    demands.forEach((d, k) => {
      links.forEach((l, a) => {
        if (l.to === n.id) terms.push([1, x(k, a)]);
      });
      if (d.from === n.id) terms.push([1, `s_${k}`]);
    });
    lines.push(`s.t. node_${i}: ${sum(terms)} <= ${num(n.capacity)};`);
  });
  corridors.forEach((c, j) => {
    const flow: [number, string][] = [];
    links.forEach((l, a) => {
      if (c.gates.includes(l.id)) demands.forEach((_, k) => flow.push([1, x(k, a)]));
    });
    const served = (share: number): [number, string][] => demands.map((_, k) => [-share, `s_${k}`]);
    if ((c.maxShare ?? 1) < 1) lines.push(`s.t. maxshare_${j}: ${sum([...flow, ...served(c.maxShare!)])} <= 0;`);
    if ((c.minShare ?? 0) > 0) lines.push(`s.t. minshare_${j}: ${sum([...flow, ...served(c.minShare!)])} >= 0;`);
    if (c.maxFlow !== undefined) lines.push(`s.t. maxflow_${j}: ${sum(flow)} <= ${num(c.maxFlow)};`);
    if ((c.minFlow ?? 0) > 0) lines.push(`s.t. minflow_${j}: ${sum(flow)} >= ${num(c.minFlow!)};`);
  });

  servedNear?.forEach((v, k) => {
    const slack = 1e-7 * Math.max(1, Math.abs(v));
    lines.push(`s.t. near_${k}: ${num(v - slack)} <= s_${k} <= ${num(v + slack)};`);
  });
  lines.push('solve;');
  lines.push('printf "objective %.17g\\n", cost;');
  demands.forEach((d, k) => lines.push(`printf "served ${k} %.17g\\n", s_${k};`));
  lines.push('end;');
  return `${lines.join('\n')}\n`;
}

/** What glpsol says of the spec's LP. */
export interface GlpsolAnswer {
  readonly status: 'optimal' | 'infeasible' | 'other';
  readonly objective: number;
  /** Served tonnes per demand. */
  readonly served: readonly number[];
  readonly output: string;
}

/** Whether native GLPK's `glpsol` is installed (CI installs Debian's glpk-utils). */
export const hasGlpsol = spawnSync('glpsol', ['--version']).status === 0;

/** Solves the spec's LP of `scenario` with glpsol in exact (rational) arithmetic, `--exact`: with floating point it too calls feasible scenarios with volumes past 1e8 infeasible (issue 12). */
export function solveWithGlpsol(scenario: Scenario, servedNear?: readonly number[]): GlpsolAnswer {
  const dir = mkdtempSync(join(tmpdir(), 'spec-lp-'));
  try {
    const file = join(dir, 'model.mod');
    writeFileSync(file, specMathProg(scenario, servedNear));
    const run = spawnSync('glpsol', ['--exact', '--math', file], { encoding: 'utf8', timeout: 20_000 });
    const output = `${run.stdout}${run.stderr}`;
    const status = /OPTIMAL (LP )?SOLUTION FOUND/.test(output) ? 'optimal' : /NO (PRIMAL )?FEASIBLE SOLUTION/.test(output) ? 'infeasible' : 'other';
    const objective = Number(/^objective (\S+)$/m.exec(output)?.[1] ?? NaN);
    const served = scenario.demands.map((_, k) => Number(new RegExp(`^served ${k} (\\S+)$`, 'm').exec(output)?.[1] ?? NaN));
    return { status, objective, served, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
