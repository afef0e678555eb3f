/**
 * `memory()` of the solver worker: the size of glpk.js's WebAssembly memory,
 * read inside the real worker; and the watcher behind it, on a module made
 * here.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { createSolverWorker } from '../../../src/client';
import { startWorker, type WorkerHandle } from '../../../src/client/worker-handle';
import { watchWasmMemory } from '../../../workers/wasm-memory';
import { twoCorridors } from './fixtures/two-corridors';

const WASM_PAGE = 65_536;
const TIMEOUT_MS = 30_000;

/**
 * The smallest module with an exported memory of `pages` pages (64 KiB each),
 * written out byte by byte: magic and version, a memory section
 * (one memory, no maximum, minimum `pages`) and an export section
 * (one export, "memory", kind memory, index 0).
 */
function moduleWithMemory(pages: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x05, 0x03, 0x01, 0x00, pages,
    0x07, 0x0a, 0x01, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00,
  ]);
}

let handle: WorkerHandle | null = null;
afterEach(() => {
  handle?.terminate();
  handle = null;
});

describe('watchWasmMemory', () => {
  it('should count the memory of an instance made after it started watching', () => {
    const read = watchWasmMemory();
    const before = read();

    const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleWithMemory(3)));

    expect(read() - before).toBe(3 * WASM_PAGE);
    expect(instance.exports.memory).toBeInstanceOf(WebAssembly.Memory);
  });

  it('should follow a memory as it grows', () => {
    const read = watchWasmMemory();
    const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleWithMemory(1)));
    const before = read();

    (instance.exports.memory as WebAssembly.Memory).grow(2);

    expect(read() - before).toBe(2 * WASM_PAGE);
  });
});

describe('the solver worker’s memory()', () => {
  it('should report no wasm memory before glpk.js has loaded', async () => {
    handle = startWorker(createSolverWorker);

    const report = await handle.call((api) => api.memory(), TIMEOUT_MS);

    expect(report.wasmBytes).toBe(0);
  });

  it('should report glpk.js’s wasm memory, whole pages, once a solve loaded it', async () => {
    handle = startWorker(createSolverWorker);

    await handle.call((api) => api.solve(twoCorridors(60)), TIMEOUT_MS);
    const report = await handle.call((api) => api.memory(), TIMEOUT_MS);

    expect(report.wasmBytes).toBeGreaterThan(0);
    expect(report.wasmBytes % WASM_PAGE).toBe(0);
  });

  it('should keep the wasm memory flat over 200 more solves of one scenario on the one instance', async () => {
    handle = startWorker(createSolverWorker);
    const scenario = twoCorridors(60);
    const solves = (n: number) => handle!.call((api) => api.solveBatch(Array.from({ length: n }, () => scenario)), TIMEOUT_MS);

    await solves(10);
    const after10 = (await handle.call((api) => api.memory(), TIMEOUT_MS)).wasmBytes;
    await solves(200);
    const after210 = (await handle.call((api) => api.memory(), TIMEOUT_MS)).wasmBytes;

    expect(after210).toBe(after10);
  });
});
