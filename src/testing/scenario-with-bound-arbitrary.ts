/**
 * Generated scenarios whose answer is partly known in advance: feasible by
 * construction, with an upper bound on the optimal cost.
 */
import fc from 'fast-check';
import { SCENARIO_FORMAT } from '../model/types';
import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode } from '../model/types';
import type { GeneratedScenario, IntegerRange, ScenarioConstraints } from './types';

/** The defaults of `ScenarioConstraints`, as documented there. */
const DEFAULT_RANGES = {
  nodes: { min: 2, max: 6 },
  extraLinks: { min: 0, max: 6 },
  corridors: { min: 0, max: 3 },
  gatesPerCorridor: { min: 1, max: 2 },
  demands: { min: 1, max: 4 },
  capacity: { min: 0, max: 1000 },
  cost: { min: 0, max: 100 },
  days: { min: 0, max: 10 },
  volume: { min: 1, max: 500 },
  valueOfTime: { min: 0, max: 5 },
  penalty: { min: 0, max: 1000 },
} as const satisfies Record<string, IntegerRange>;

/** Largest raw index drawn for positions; mapped onto the line by `%`, so 0 is the simplest. */
const RAW = 63;

function range(name: keyof typeof DEFAULT_RANGES, given: IntegerRange | undefined, floor: number): IntegerRange {
  const chosen = given ?? DEFAULT_RANGES[name];
  if (!Number.isInteger(chosen.min) || !Number.isInteger(chosen.max) || chosen.min > chosen.max || chosen.min < floor) {
    throw new RangeError(
      `scenarioWithBoundArbitrary: constraints.${name} should be integers with ${floor} ≤ min ≤ max, got ${JSON.stringify(chosen)}`,
    );
  }
  return chosen;
}

/** True about one time in eight; shrinks to false. */
const rarely = (enabled: boolean): fc.Arbitrary<boolean> =>
  enabled ? fc.integer({ min: 0, max: 7 }).map((v) => v === 7) : fc.constant(false);

const integer = (r: IntegerRange): fc.Arbitrary<number> => fc.integer({ min: r.min, max: r.max });
const maybe = <T>(enabled: boolean, arb: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | undefined> =>
  enabled ? fc.option(arb, { nil: undefined, freq }) : fc.constant(undefined);

/**
 * A fast-check arbitrary of valid scenarios (`corridor-flow/scenario@1`),
 * each with what is known about its optimum: `costUpperBound`, the cost of
 * routing every hard demand on its backbone and leaving soft demands unmet
 * (null when `feasibleByConstruction` is false). See `ScenarioConstraints`
 * for the shape of the network and every default.
 *
 * It shrinks towards fewer nodes, links, corridors and demands, towards
 * the low end of every range, towards uncapacitated links, hard demands and
 * everything enabled; ids stay `n0`, `l3`, `c1`, `d0`.
 */
export function scenarioWithBoundArbitrary(constraints: ScenarioConstraints = {}): fc.Arbitrary<GeneratedScenario> {
  const nodes = range('nodes', constraints.nodes, 2);
  const extraLinks = range('extraLinks', constraints.extraLinks, 0);
  const corridors = range('corridors', constraints.corridors, 0);
  const gatesPerCorridor = range('gatesPerCorridor', constraints.gatesPerCorridor, 1);
  const demands = range('demands', constraints.demands, 1);
  const capacity = range('capacity', constraints.capacity, 0);
  const cost = range('cost', constraints.cost, 0);
  const days = range('days', constraints.days, 0);
  const volume = range('volume', constraints.volume, 1);
  const valueOfTime = range('valueOfTime', constraints.valueOfTime, 0);
  const penalty = range('penalty', constraints.penalty, 0);
  const shareBounds = constraints.shareBounds ?? true;
  const flowBounds = constraints.flowBounds ?? true;
  const penalties = constraints.penalties ?? true;
  const nodeAttributes = constraints.nodeAttributes ?? true;
  const disabledItems = constraints.disabledItems ?? true;
  const backwardLinks = constraints.backwardLinks ?? false;
  const feasible = constraints.feasibleByConstruction ?? true;

  const rawNode = fc.record({
    capacity: maybe(nodeAttributes, integer(capacity), 3),
    cost: nodeAttributes ? integer(cost) : fc.constant(0),
    days: nodeAttributes ? integer(days) : fc.constant(0),
    disabled: rarely(disabledItems),
    // The backbone link from this node to the next (unused on the last node).
    next: fc.record({
      cost: integer(cost),
      days: integer(days),
      capacity: maybe(!feasible, integer(capacity), 3),
      disabled: rarely(disabledItems && !feasible),
    }),
  });
  const rawLinkFields = {
    from: fc.nat({ max: RAW }),
    to: fc.nat({ max: RAW }),
    capacity: maybe(true, integer(capacity), 4),
    cost: integer(cost),
    days: integer(days),
    disabled: rarely(disabledItems),
  };
  const rawCorridor = fc.record({
    gates: fc.array(fc.record(rawLinkFields), { minLength: gatesPerCorridor.min, maxLength: gatesPerCorridor.max }),
    shareA: maybe(shareBounds, fc.integer({ min: 0, max: 10 })),
    shareB: maybe(shareBounds && !feasible, fc.integer({ min: 0, max: 10 })),
    flowA: maybe(flowBounds, integer(capacity)),
    flowB: maybe(flowBounds && !feasible, integer(capacity)),
    disabled: rarely(disabledItems),
  });
  const rawDemand = fc.record({
    from: fc.nat({ max: RAW }),
    span: fc.nat({ max: RAW }),
    volume: integer(volume),
    valueOfTime: integer(valueOfTime),
    penalty: maybe(penalties, integer(penalty)),
  });

  return fc
    .record({
      nodes: fc.array(rawNode, { minLength: nodes.min, maxLength: nodes.max }),
      cut: fc.nat({ max: RAW }),
      corridors: fc.array(rawCorridor, { minLength: corridors.min, maxLength: corridors.max }),
      links: fc.array(fc.record(rawLinkFields), { minLength: extraLinks.min, maxLength: extraLinks.max }),
      demands: fc.array(rawDemand, { minLength: demands.min, maxLength: demands.max }),
    })
    .map((raw) => assemble(raw, feasible, backwardLinks));
}

interface RawLink {
  readonly from: number;
  readonly to: number;
  readonly capacity: number | undefined;
  readonly cost: number;
  readonly days: number;
  readonly disabled: boolean;
}

interface Raw {
  readonly nodes: readonly {
    readonly capacity: number | undefined;
    readonly cost: number;
    readonly days: number;
    readonly disabled: boolean;
    readonly next: { readonly cost: number; readonly days: number; readonly capacity: number | undefined; readonly disabled: boolean };
  }[];
  readonly cut: number;
  readonly corridors: readonly {
    readonly gates: readonly RawLink[];
    readonly shareA: number | undefined;
    readonly shareB: number | undefined;
    readonly flowA: number | undefined;
    readonly flowB: number | undefined;
    readonly disabled: boolean;
  }[];
  readonly links: readonly RawLink[];
  readonly demands: readonly {
    readonly from: number;
    readonly span: number;
    readonly volume: number;
    readonly valueOfTime: number;
    readonly penalty: number | undefined;
  }[];
}

/** Turns raw draws into a scenario; every choice that keeps it valid or feasible is made here. */
function assemble(raw: Raw, feasible: boolean, backwardLinks: boolean): GeneratedScenario {
  const n = raw.nodes.length;
  const nodeId = (i: number): string => `n${i}`;
  // A pair i < j on the line, from two raw numbers.
  const forward = (a: number, b: number): [number, number] => {
    const from = a % (n - 1);
    return [from, from + 1 + (b % (n - 1 - from))];
  };

  const demands: Demand[] = raw.demands.map((d, i) => {
    const [from, to] = forward(d.from, d.span);
    return {
      id: `d${i}`,
      from: nodeId(from),
      to: nodeId(to),
      volume: d.volume,
      ...(d.valueOfTime > 0 ? { valueOfTime: d.valueOfTime } : {}),
      ...(d.penalty !== undefined ? { unmetPenalty: d.penalty } : {}),
    };
  });
  const spans = raw.demands.map((d) => forward(d.from, d.span));
  const nodes = assembleNodes(raw, spans, feasible);

  const links: ScenarioLink[] = [];
  const addLink = (from: number, to: number, l: Omit<RawLink, 'from' | 'to'>): string => {
    const id = `l${links.length}`;
    links.push({
      id,
      from: nodeId(from),
      to: nodeId(to),
      ...(l.capacity !== undefined ? { capacity: l.capacity } : {}),
      cost: l.cost,
      ...(l.days > 0 ? { days: l.days } : {}),
      ...(l.disabled ? { enabled: false } : {}),
    });
    return id;
  };
  raw.nodes.slice(0, n - 1).forEach((node, i) => addLink(i, i + 1, node.next));

  // Every gate crosses the cut between node p and node p + 1, and the
  // backbone link that also crosses it is no gate: forward routes cross
  // exactly one gate or none, so the gates are cuts.
  const p = raw.cut % (n - 1);
  const corridors = raw.corridors.map((c, i) =>
    assembleCorridor(
      c,
      `c${i}`,
      c.gates.map((g) => addLink(g.from % (p + 1), p + 1 + (g.to % (n - 1 - p)), g)),
    ),
  );

  for (const l of raw.links) {
    if (backwardLinks) {
      const from = l.from % n;
      addLink(from, (from + 1 + (l.to % (n - 1))) % n, l);
    } else {
      const [from, to] = forward(l.from, l.to);
      addLink(from, to, l);
    }
  }

  const scenario: Scenario = { format: SCENARIO_FORMAT, name: 'generated', nodes, links, corridors, demands };
  return { scenario, costUpperBound: feasible ? backboneCost(raw, spans) : null };
}

/**
 * The line's nodes. With `feasible`, a node's capacity is at least the hard
 * volume the backbone must carry through it, and a node is disabled only
 * where no hard demand passes; an endpoint of a demand is never disabled.
 */
function assembleNodes(raw: Raw, spans: readonly (readonly [number, number])[], feasible: boolean): ScenarioNode[] {
  const endpoint = new Set(spans.flat());
  // Hard volume that the backbone must carry through each node.
  const hardThrough = raw.nodes.map((_, i) =>
    raw.demands.reduce((sum, d, k) => {
      const [from, to] = spans[k] ?? [0, 0];
      return d.penalty === undefined && from <= i && i <= to ? sum + d.volume : sum;
    }, 0),
  );
  return raw.nodes.map((node, i) => {
    const through = hardThrough[i] ?? 0;
    const capacity = node.capacity === undefined ? undefined : feasible ? Math.max(node.capacity, through) : node.capacity;
    const disabled = node.disabled && !endpoint.has(i) && (!feasible || through === 0);
    return {
      id: `n${i}`,
      ...(capacity !== undefined ? { capacity } : {}),
      ...(node.cost > 0 ? { cost: node.cost } : {}),
      ...(node.days > 0 ? { days: node.days } : {}),
      ...(disabled ? { enabled: false } : {}),
    };
  });
}

/** A corridor on `gates`: of two drawn shares (tenths) and flows, the larger is the upper bound, the smaller the lower; no-op bounds left out. */
function assembleCorridor(c: Raw['corridors'][number], id: string, gates: string[]): Corridor {
  const shares = [c.shareA, c.shareB].filter((v): v is number => v !== undefined);
  const flows = [c.flowA, c.flowB].filter((v): v is number => v !== undefined);
  const maxShare = c.shareA === undefined ? undefined : Math.max(...shares) / 10;
  const minShare = c.shareB === undefined ? undefined : Math.min(...shares) / 10;
  const maxFlow = c.flowA === undefined ? undefined : Math.max(...flows);
  const minFlow = c.flowB === undefined ? undefined : Math.min(...flows);
  return {
    id,
    gates,
    ...(minShare !== undefined && minShare > 0 ? { minShare } : {}),
    ...(maxShare !== undefined && maxShare < 1 ? { maxShare } : {}),
    ...(minFlow !== undefined && minFlow > 0 ? { minFlow } : {}),
    ...(maxFlow !== undefined ? { maxFlow } : {}),
    ...(c.disabled ? { enabled: false } : {}),
  };
}

/** Hard demands on their backbone routes, soft demands unmet: a feasible flow's cost. */
function backboneCost(raw: Raw, spans: readonly (readonly [number, number])[]): number {
  let total = 0;
  raw.demands.forEach((d, k) => {
    if (d.penalty !== undefined) {
      total += d.penalty * d.volume;
      return;
    }
    const [from, to] = spans[k] ?? [0, 0];
    let perTonne = 0;
    for (let i = from; i <= to; i++) {
      const node = raw.nodes[i];
      if (node === undefined) continue;
      perTonne += node.cost + d.valueOfTime * node.days;
      if (i < to) perTonne += node.next.cost + d.valueOfTime * node.next.days;
    }
    total += perTonne * d.volume;
  });
  return total;
}
