/**
 * The planning MIP written straight from the spec (scenario-format.md, "The
 * planning problem `plan`" and its details) in CPLEX LP format, for native
 * glpsol: independent of src/lp and src/plan (no shared code but the types),
 * so that a differential test holds the engine to the spec. Node and link
 * `enabled` and corridors are not written: the generator that feeds it makes
 * neither.
 */
import type { Project, Scenario } from '../../src/model/types';

export interface PlanLp {
  /** The LP file's text (objective without its constant: CPLEX LP has none). */
  readonly text: string;
  /** Added to glpsol's objective to give the plan's. */
  readonly constant: number;
  /** Name of y(p,t). */
  readonly y: (p: number, t: number) => string;
}

/** The model year's value of a number: the scenario's, then growth, then the latest started change. */
function valueIn(scenario: Scenario, path: string, base: number | undefined, year: number): number | undefined {
  const [collection, ...rest] = path.split('.');
  const field = rest.pop()!;
  const id = rest.join('.');
  const item = (scenario[collection as 'links'] ?? []).find((candidate) => candidate.id === id) as Record<string, unknown> | undefined;
  let value = item?.[field] as number | undefined;
  const horizon = scenario.horizon!;
  if (collection === 'demands' && field === 'volume') value = value! * (1 + ((item!.growth as number | undefined) ?? 0)) ** (year - (horizon.base ?? horizon.years[0]!));
  let latest = -Infinity;
  for (const change of horizon.changes ?? []) {
    // `>=`: an equal `from` later in the file wins.
    if (change.set === path && change.from <= year && change.from >= latest) {
      latest = change.from;
      value = change.value;
    }
  }
  return value;
}

export function planToCplexLp(scenario: Scenario): PlanLp {
  const horizon = scenario.horizon!;
  const years = horizon.years;
  const r = horizon.discountRate ?? 0;
  const base = horizon.base ?? years[0]!;
  const end = horizon.end ?? years.at(-1)!;
  const weight = years.map((start, t) => {
    let w = 0;
    for (let y = start; y <= (t + 1 < years.length ? years[t + 1]! - 1 : end); y++) w += (1 + r) ** -(y - base);
    return w;
  });
  const projects: readonly Project[] = scenario.projects ?? [];
  const K = projects.map((p) => {
    const life = p.life ?? 30;
    const crf = r === 0 ? 1 / life : r / (1 - (1 + r) ** -life);
    return (p.capex ?? 0) * crf + (p.opex ?? 0);
  });
  const y = (p: number, t: number): string => `y${p}_${t}`;
  const x = (k: number, a: number, t: number): string => `x${k}_${a}_${t}`;
  const u = (k: number, t: number): string => `u${k}_${t}`;

  const objective = new Map<string, number>();
  const add = (name: string, coef: number): void => void objective.set(name, (objective.get(name) ?? 0) + coef);
  const rows: string[] = [];
  const bounds: string[] = [];
  const generals: string[] = [];
  let constant = 0;
  const term = (coef: number, name: string): string => `${coef < 0 ? '-' : '+'} ${Math.abs(coef)} ${name}`;

  years.forEach((year, t) => {
    const W = weight[t]!;
    const node = (id: string) => scenario.nodes.find((n) => n.id === id)!;
    scenario.demands.forEach((demand, k) => {
      const V = valueIn(scenario, `demands.${demand.id}.volume`, base, year)!;
      const vot = demand.valueOfTime ?? 0;
      const soft = demand.unmetPenalty !== undefined;
      const origin = node(demand.from);
      const originCost = (origin.cost ?? 0) + vot * (origin.days ?? 0);
      // Node costs on throughput: each arc pays its head's; the origin's on s_k = V − u_k.
      constant += W * originCost * V;
      scenario.links.forEach((link, a) => {
        const head = node(link.to);
        const cost = valueIn(scenario, `links.${link.id}.cost`, base, year)! + vot * (link.days ?? 0) + (head.cost ?? 0) + vot * (head.days ?? 0);
        add(x(k, a, t), W * cost);
      });
      if (soft) {
        add(u(k, t), W * (demand.unmetPenalty! - originCost));
        bounds.push(`0 <= ${u(k, t)} <= ${V}`);
      }
      for (const n of scenario.nodes) {
        const terms: string[] = [];
        scenario.links.forEach((link, a) => {
          if (link.from === n.id) terms.push(term(1, x(k, a, t)));
          if (link.to === n.id) terms.push(term(-1, x(k, a, t)));
        });
        let rhs = 0;
        if (n.id === demand.from) {
          rhs += V;
          if (soft) terms.push(term(1, u(k, t)));
        }
        if (n.id === demand.to) {
          rhs -= V;
          if (soft) terms.push(term(-1, u(k, t)));
        }
        if (terms.length > 0) rows.push(` c${k}_${n.id}_${t}: ${terms.join(' ')} = ${rhs}`);
      }
    });
    const additions = (path: string): string[] =>
      projects.flatMap((project, p) => project.adds.filter((a) => a.set === path).map((a) => term(-a.amount, y(p, t))));
    scenario.links.forEach((link, a) => {
      const capacity = valueIn(scenario, `links.${link.id}.capacity`, base, year);
      if (capacity === undefined) return;
      const terms = scenario.demands.map((_, k) => term(1, x(k, a, t)));
      rows.push(` l${a}_${t}: ${[...terms, ...additions(`links.${link.id}.capacity`)].join(' ')} <= ${capacity}`);
    });
    for (const n of scenario.nodes) {
      const capacity = valueIn(scenario, `nodes.${n.id}.capacity`, base, year);
      if (capacity === undefined) continue;
      const terms: string[] = [];
      let rhs = capacity;
      scenario.demands.forEach((demand, k) => {
        scenario.links.forEach((link, a) => {
          if (link.to === n.id) terms.push(term(1, x(k, a, t)));
        });
        if (demand.from === n.id) {
          rhs -= valueIn(scenario, `demands.${demand.id}.volume`, base, year)!;
          if (demand.unmetPenalty !== undefined) terms.push(term(-1, u(k, t)));
        }
      });
      const all = [...terms, ...additions(`nodes.${n.id}.capacity`)];
      // A row of nothing (an origin that nothing enters) still holds its volume back: `zero` is fixed at 0.
      rows.push(` n${n.id}_${t}: ${(all.length > 0 ? all : [term(1, 'zero')]).join(' ')} <= ${rhs}`);
    }
    projects.forEach((project, p) => {
      add(y(p, t), W * K[p]!);
      const open = (project.decision ?? 'choose') !== 'never' && year >= (project.earliest ?? years[0]!);
      const lower = open && project.decision === 'build' ? 1 : 0;
      bounds.push(`${lower} <= ${y(p, t)} <= ${open ? 1 : 0}`);
      if (!(project.divisible ?? false)) generals.push(y(p, t));
      if (t > 0) rows.push(` m${p}_${t}: ${term(1, y(p, t))} ${term(-1, y(p, t - 1))} >= 0`);
    });
  });
  const objectiveText = [...objective].map(([name, coef]) => term(coef, name)).join('\n  ');
  const text = [
    'Minimize',
    ` obj: ${objectiveText}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    ' 0 <= zero <= 0',
    ...(generals.length > 0 ? ['General', ` ${generals.join(' ')}`] : []),
    'End',
    '',
  ].join('\n');
  return { text, constant, y };
}

/** glpsol's answer, read from its printable output (`-o`). */
export interface GlpsolAnswer {
  readonly status: 'optimal' | 'infeasible' | 'other';
  readonly objective: number;
  readonly values: ReadonlyMap<string, number>;
}

export function readGlpsolOutput(text: string): GlpsolAnswer {
  const statusLine = /Status:\s+(.*)/.exec(text)?.[1] ?? '';
  // glpsol's presolver says UNDEFINED (an LP) or INTEGER EMPTY (a MIP) when no solution exists.
  const status = /OPTIMAL/.test(statusLine) ? 'optimal' : /EMPTY|INFEASIBLE|UNDEFINED/.test(statusLine) ? 'infeasible' : 'other';
  const objective = Number(/Objective:\s+\S+\s+=\s+(\S+)/.exec(text)?.[1] ?? 'NaN');
  const values = new Map<string, number>();
  const columns = text.slice(text.indexOf('Column name'));
  for (const line of columns.split('\n')) {
    // A MIP's line marks integer columns with `*`; an LP's has the column's basis status (B, NL, NU, NF, NS).
    const m = /^\s*\d+\s+(\S+)\s+(?:\*|B|NL|NU|NF|NS)?\s*(-?[\d.e+-]+)/.exec(line);
    if (m) values.set(m[1]!, Number(m[2]));
  }
  return { status, objective, values };
}
