import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FlowDecomposer, type FlowDecomposition } from '../../../src/lp/decompose-flow';
import { propertySettings } from '../../support/property-settings';

interface Arc {
  readonly from: number;
  readonly to: number;
  readonly flow: number;
}

const TOL = 1e-9;

function decompose(numNodes: number, source: number, arcs: readonly Arc[], sinks: readonly [number, number][]): FlowDecomposition {
  return new FlowDecomposer(numNodes).decompose(
    source,
    arcs.map((a) => a.from),
    arcs.map((a) => a.to),
    arcs.map((a) => a.flow),
    arcs.length,
    sinks.map(([node]) => node),
    sinks.map(([, amount]) => amount),
    sinks.length,
    TOL,
  );
}

/** Paths and cycles as readable [arc indices, tonnes, sink] triples. */
function pieces(d: FlowDecomposition): [number[], number, number][] {
  return Array.from({ length: d.count }, (_, p) => [Array.from(d.arc.subarray(d.start[p]!, d.start[p + 1]!)), d.amount[p]!, d.sink[p]!]);
}

describe('FlowDecomposer', () => {
  it('should split a shared arc between the sinks it leads to', () => {
    // 0 → 1 carries 15; from 1, 5 go to sink 2 and 10 to sink 3.
    const d = decompose(4, 0, [{ from: 0, to: 1, flow: 15 }, { from: 1, to: 2, flow: 5 }, { from: 1, to: 3, flow: 10 }], [[2, 5], [3, 10]]);
    expect(pieces(d)).toEqual([
      [[0, 1], 5, 2],
      [[0, 2], 10, 3],
    ]);
  });

  it('should let tonnes pass a sink on their way to another', () => {
    // 0 → 1 (sink of 5) → 2 (sink of 10).
    const d = decompose(3, 0, [{ from: 0, to: 1, flow: 15 }, { from: 1, to: 2, flow: 10 }], [[1, 5], [2, 10]]);
    expect(pieces(d)).toEqual([
      [[0], 5, 1],
      [[0, 1], 10, 2],
    ]);
  });

  it('should peel a cycle on the way as a cycle', () => {
    // 0 → 1 → 2 → 3 carries 10; 1 → 2 → 1 circulates 3 more.
    const d = decompose(
      4,
      0,
      [{ from: 0, to: 1, flow: 10 }, { from: 1, to: 2, flow: 13 }, { from: 2, to: 1, flow: 3 }, { from: 2, to: 3, flow: 10 }],
      [[3, 10]],
    );
    const cycles = pieces(d).filter(([, , sink]) => sink === -1);
    const paths = pieces(d).filter(([, , sink]) => sink !== -1);
    expect(cycles).toEqual([[[1, 2], 3, -1]]);
    expect(paths).toEqual([[[0, 1, 3], 10, 3]]);
  });

  it('should peel circulation that the source never reaches', () => {
    const d = decompose(4, 0, [{ from: 0, to: 1, flow: 10 }, { from: 2, to: 3, flow: 5 }, { from: 3, to: 2, flow: 5 }], [[1, 10]]);
    expect(pieces(d)).toEqual([
      [[0], 10, 1],
      [[1, 2], 5, -1],
    ]);
  });

  it('should drop solver noise instead of walking it forever', () => {
    // 1e-12 more enters node 1 than leaves it towards the sink, and a trickle goes to a dead end.
    const d = decompose(3, 0, [{ from: 0, to: 1, flow: 10 + 1e-12 }, { from: 1, to: 2, flow: 10 }, { from: 1, to: 0, flow: 1e-13 }], [[2, 10]]);
    expect(pieces(d)).toEqual([[[0, 1], 10, 2]]);
  });

  it('should write any flow of paths and cycles back as paths and cycles with the same arc flows', () => {
    const numNodes = 6;
    const arcsArbitrary = fc.array(
      fc.tuple(fc.integer({ min: 0, max: numNodes - 1 }), fc.integer({ min: 0, max: numNodes - 1 })).filter(([a, b]) => a !== b),
      { minLength: 1, maxLength: 14 },
    );
    fc.assert(
      fc.property(
        arcsArbitrary,
        fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 100 })), { maxLength: 6 }),
        (links, walks) => {
          // Each walk: follow arcs from the source (node 0) by the choices given, stop anywhere,
          // and deliver its tonnes where it stops (a sink) — or, if it comes back to a node,
          // keep the loop as a cycle. Summing the walks gives a flow with known sinks.
          const flow = new Float64Array(links.length);
          const sinkAmount = new Float64Array(numNodes);
          for (const [choices, tonnes] of walks) {
            let v = 0;
            const visited = [0];
            const used: number[] = [];
            for (const choice of choices) {
              const out = links.map((l, i) => [l, i] as const).filter(([l]) => l[0] === v);
              if (out.length === 0) break;
              const [[, to], i] = out[choice % out.length]!;
              used.push(i);
              v = to;
              const seen = visited.indexOf(v);
              if (seen >= 0) {
                // a loop back to an earlier node: circulate it, and stop the walk there
                for (const a of used.slice(seen)) flow[a]! += tonnes;
                used.length = seen;
                break;
              }
              visited.push(v);
            }
            if (used.length === 0) continue;
            for (const a of used) flow[a]! += tonnes;
            sinkAmount[links[used[used.length - 1]!]![1]]! += tonnes;
          }
          const arcs = links.map(([from, to], i) => ({ from, to, flow: flow[i]! }));
          const sinks: [number, number][] = [];
          sinkAmount.forEach((amount, node) => {
            if (amount > 0 && node !== 0) sinks.push([node, amount]);
          });
          const d = decompose(numNodes, 0, arcs, sinks);

          const carried = new Float64Array(links.length);
          const delivered = new Float64Array(numNodes);
          for (const [path, tonnes, sink] of pieces(d)) {
            expect(tonnes).toBeGreaterThan(0);
            for (let i = 0; i + 1 < path.length; i++) expect(arcs[path[i]!]!.to).toBe(arcs[path[i + 1]!]!.from);
            const first = arcs[path[0]!]!;
            const last = arcs[path[path.length - 1]!]!;
            if (sink === -1) {
              expect(last.to).toBe(first.from);
            } else {
              expect(first.from).toBe(0);
              expect(last.to).toBe(sink);
              delivered[sink]! += tonnes;
            }
            for (const a of path) carried[a]! += tonnes;
          }
          carried.forEach((c, a) => expect(Math.abs(c - flow[a]!)).toBeLessThanOrEqual(1e-6));
          // What reaches node 0 itself counts as circulation; every other sink gets its tonnes.
          sinks.forEach(([node, amount]) => expect(Math.abs(delivered[node]! - amount)).toBeLessThanOrEqual(1e-6));
        },
      ),
      propertySettings(300),
    );
  });
});
