import { describe, expect, it } from 'vitest';
import { copyOf, dropSpareScratch, float64, int32, int32From, uint8, uint8From, withScratch } from '../../../src/lp/scratch';
import { createSolver } from '../../../src/solver/create-solver';
import { loadModel, withoutTiming } from '../analysis/analysis-support';
import type { Result } from '../../../src/model/types';
import { buildLp } from '../../../src/lp/build-lp';
import { generateScenario } from '../../../scripts/generate-scenario.js';

describe('scratch typed arrays (one buffer for the many small arrays of a solve)', () => {
  it('should give plain arrays of their own outside a scope', () => {
    const a = float64(4);
    const b = float64(4);
    expect(a.buffer).not.toBe(b.buffer);
    expect([...a]).toEqual([0, 0, 0, 0]);
  });

  it('should carve arrays of every kind out of one buffer inside a scope, aligned, zeroed and not overlapping', () => {
    withScratch(() => {
      const bytes = uint8(3);
      const ints = int32(5);
      const floats = float64(7);
      expect(ints.buffer).toBe(bytes.buffer);
      expect(floats.buffer).toBe(bytes.buffer);
      expect(floats.byteOffset % 8).toBe(0);
      expect(ints.byteOffset % 4).toBe(0);
      bytes.fill(255);
      ints.fill(-1);
      floats.fill(Math.PI);
      expect([...bytes]).toEqual([255, 255, 255]);
      expect([...ints]).toEqual([-1, -1, -1, -1, -1]);
      expect([...floats]).toEqual(Array(7).fill(Math.PI));
    });
  });

  it('should start a new, larger buffer when one is full and keep the arrays already handed out', () => {
    withScratch(() => {
      const first = float64(10);
      first.fill(1);
      const big = float64(1_000_000); // 8 MB: more than any first buffer
      expect(big.buffer).not.toBe(first.buffer);
      expect(big.length).toBe(1_000_000);
      expect([...first]).toEqual(Array(10).fill(1));
    });
  });

  it('should copy like slice and from', () => {
    withScratch(() => {
      const source = Float64Array.of(1, 2, 3, 4);
      expect([...copyOf(source, 1, 3)]).toEqual([2, 3]);
      expect([...copyOf(source)]).toEqual([1, 2, 3, 4]);
      expect(copyOf(Int32Array.of(5, 6), 0, 1)).toBeInstanceOf(Int32Array);
      expect([...int32From([7, 8])]).toEqual([7, 8]);
      expect([...uint8From([9])]).toEqual([9]);
    });
  });

  it('should never let a later scope write over the arrays of a scope without reuse', () => {
    const kept = withScratch(() => {
      const a = int32(8);
      a.fill(42);
      return a;
    });
    withScratch(() => int32(8).fill(7), { reuse: true });
    withScratch(() => int32(8).fill(7));
    expect([...kept]).toEqual(Array(8).fill(42));
  });

  it('should hand a reuse scope\'s buffer to the next reuse scope, with its arrays zeroed again', () => {
    const first = withScratch(() => {
      const a = float64(16);
      a.fill(9);
      return a.buffer;
    }, { reuse: true });
    withScratch(() => {
      const b = float64(16);
      expect(b.buffer).toBe(first);
      expect([...b]).toEqual(Array(16).fill(0));
    }, { reuse: true });
  });

  it('should hand on a buffer over 4 MB only with keepLarge (zeroed again), and drop it on dropSpareScratch', () => {
    const large = (): ArrayBufferLike => {
      const a = float64(1_000_000);
      a.fill(3);
      return a.buffer;
    };
    const first = withScratch(large, { reuse: true });
    // Compared as booleans: a failing toBe would print megabytes of buffer.
    withScratch(() => expect(float64(16).buffer === first, 'a buffer over 4 MB handed on without keepLarge').toBe(false), { reuse: true });
    const kept = withScratch(large, { reuse: true, keepLarge: true });
    withScratch(() => {
      const b = float64(1_000_000);
      expect(b.buffer === kept, 'the buffer kept with keepLarge').toBe(true);
      expect(b.every((v) => v === 0)).toBe(true);
    }, { reuse: true, keepLarge: true });
    dropSpareScratch();
    withScratch(() => expect(float64(16).buffer === kept, 'the buffer kept after dropSpareScratch').toBe(false), { reuse: true });
  });

  it('should share the outer scope when nested', () => {
    withScratch(() => {
      const outer = int32(1);
      withScratch(() => expect(int32(1).buffer).toBe(outer.buffer));
    });
  });

  it('should leave no typed array in a Result, so reusing the buffers of Solver.solve is safe', async () => {
    const solver = await createSolver();
    const views: string[] = [];
    const scan = (value: unknown, path: string): void => {
      if (ArrayBuffer.isView(value)) views.push(path);
      else if (Array.isArray(value)) value.forEach((v, i) => scan(v, `${path}[${i}]`));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) scan(v, `${path}.${k}`);
    };
    const results: Result[] = ['caspian-2030', 'caspian-2030-iran-closed', 'teaching-soft-demand'].map((name) => solver.solve(loadModel(name)));
    // An infeasible scenario goes through the diagnosis's elastic solves too.
    const model = loadModel('teaching-two-routes');
    const { unmetPenalty: _penalty, ...hard } = model.demands[0]!;
    results.push(solver.solve({ ...model, links: model.links.map((l) => ({ ...l, capacity: 1 })), demands: [{ ...hard, volume: 1e6 }] }));
    results.forEach((r, i) => scan(r, `results[${i}]`));

    expect(results.map((r) => r.status)).toContain('infeasible');
    expect(views).toEqual([]);
    // And the first result is unchanged by the solves after it (nothing of it lived in a reused buffer).
    expect(withoutTiming(results[0]!)).toEqual(withoutTiming(solver.solve(loadModel('caspian-2030'))));
  });

  it('should build the same LP inside a scope as outside, for an LP whose arrays fill several buffers', () => {
    // About 5,000 columns (the benchmark's second size): far more than the first 16 KB buffer holds.
    const scenario = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 14 });
    const plain = buildLp(scenario);
    const inScope = withScratch(() => buildLp(scenario));

    expect(plain.lp.numCols).toBeGreaterThan(4000);
    expect(inScope.lp).toEqual(plain.lp);
    expect(inScope.layout).toEqual(plain.layout);
  });
});
