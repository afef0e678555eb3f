import { describe, it, expect } from 'vitest';
import { ChunkSizer, MAX_CHUNK } from '../../../src/client/chunk-sizer';

describe('ChunkSizer', () => {
  it('should start with one scenario, then grow at most 4× a step towards the target', () => {
    const sizer = new ChunkSizer(30);
    const sizes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const size = sizer.next(10_000, 1);
      sizes.push(size);
      sizer.record(size, size * 0.1); // 0.1 ms a scenario: the target wants 300, capped at MAX_CHUNK
    }
    expect(sizes).toEqual([1, 4, 16, 64, MAX_CHUNK]);
  });

  it('should aim at the target time from the last measured time per scenario and shrink at once', () => {
    const sizer = new ChunkSizer(30);
    sizer.next(10_000, 1);
    sizer.record(1, 1);
    expect(sizer.next(10_000, 1)).toBe(4);
    sizer.record(4, 4);
    expect(sizer.next(10_000, 1)).toBe(16);
    sizer.record(16, 16);
    expect(sizer.next(10_000, 1)).toBe(30); // 30 ms ÷ 1 ms a scenario
    sizer.record(30, 300);
    expect(sizer.next(10_000, 1)).toBe(3); // 30 ms ÷ 10 ms a scenario
    sizer.record(3, 300);
    expect(sizer.next(10_000, 1)).toBe(1); // slower than the target: one at a time
  });

  it('should take at most a 1 / (2 · lanes) share of what is left when several lanes share a batch', () => {
    const sizer = new ChunkSizer(1_000);
    sizer.next(1_000, 2);
    sizer.record(1, 50);
    expect(sizer.next(1_000, 2)).toBe(4);
    sizer.record(4, 200);
    expect(sizer.next(40, 2)).toBe(10); // the target wants 20 (1,000 ms ÷ 50 ms), growth allows 16
    sizer.record(10, 500);
    expect(sizer.next(30, 3)).toBe(5); // 30 ÷ (2 · 3)
  });

  it('should not let the share fall below an eighth of the target\'s worth of scenarios', () => {
    const sizer = new ChunkSizer(32);
    for (const size of [1, 4, 16]) {
      expect(sizer.next(1_000, 2)).toBe(size);
      sizer.record(size, size); // 1 ms a scenario: the target wants 32, an eighth of it is 4
    }
    expect(sizer.next(40, 2)).toBe(10); // 40 ÷ (2 · 2)
    expect(sizer.next(20, 2)).toBe(5);
    expect(sizer.next(12, 2)).toBe(4); // not 3
    expect(sizer.next(3, 2)).toBe(3); // not 1: the rest in one message
  });

  it('should size the first chunk from a time per scenario it is told, within the target, the share and MAX_CHUNK', () => {
    expect(new ChunkSizer(30, 0.5).next(10_000, 1)).toBe(60); // 30 ms ÷ 0.5 ms
    expect(new ChunkSizer(30, 0.1).next(10_000, 1)).toBe(MAX_CHUNK); // 300 wanted
    expect(new ChunkSizer(30, 0.1).next(400, 2)).toBe(100); // 400 ÷ (2 · 2)
    expect(new ChunkSizer(30, 100).next(400, 2)).toBe(1); // slower than the target
    expect(new ChunkSizer(30, 0).next(400, 1)).toBe(MAX_CHUNK); // too fast for the clock to see
    for (const unusable of [-1, Number.NaN, Infinity]) expect(new ChunkSizer(30, unusable).next(400, 1)).toBe(1);
  });

  it('should make the first chunk of a known time per scenario as large as the lane\'s even share, within the target', () => {
    const sizer = new ChunkSizer(30, 0.1, 200);
    expect(sizer.next(400, 2)).toBe(200); // the target wants 300
    expect(sizer.next(200, 2)).toBe(50); // then the guided share again: 200 ÷ (2 · 2)
    expect(new ChunkSizer(30, 0.5, 200).next(400, 2)).toBe(60); // the target caps it: 30 ms ÷ 0.5 ms
    expect(new ChunkSizer(30, undefined, 200).next(400, 2)).toBe(1); // no known time: start with one
  });

  it('should not hand out more than a cap it is given', () => {
    const sizer = new ChunkSizer(30, 0.1, 200);
    expect(sizer.next(400, 2, 120)).toBe(120); // the lane's part would allow 200
    expect(sizer.next(280, 2, 13)).toBe(13);
    expect(sizer.next(267, 2)).toBe(52); // no cap: growth from the capped chunk, 13 · 4 (the share would allow 67)
  });

  it('should never hand out more than is left, nor less than one', () => {
    const sizer = new ChunkSizer(30);
    sizer.next(1, 1);
    sizer.record(1, 0.001);
    expect(sizer.next(3, 1)).toBe(3);
    sizer.record(3, 1e6);
    expect(sizer.next(3, 1)).toBe(1);
  });

  it('should start small again after a reset', () => {
    const sizer = new ChunkSizer(30);
    sizer.next(1_000, 1);
    sizer.record(1, 0.1);
    expect(sizer.next(1_000, 1)).toBe(4);
    sizer.reset();
    expect(sizer.next(1_000, 1)).toBe(1);
  });
});
