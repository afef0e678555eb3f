/**
 * The size of the WebAssembly memories created in this realm (the worker):
 * glpk.js neither exposes its instance's memory nor says how much it grew,
 * so the `WebAssembly.Instance` constructor is wrapped once to note every
 * exported `WebAssembly.Memory` as instances are made (glpk.js/node makes
 * its instance synchronously with that constructor). Memories are held
 * weakly: a dropped solver instance's memory stops counting once collected.
 */
const memories: WeakRef<WebAssembly.Memory>[] = [];
let watching = false;

/**
 * Starts noting memories (once per realm; later calls only return the
 * reader) and returns a function giving the bytes of the live ones. Only
 * instances made after the first call are seen: call it before the solver
 * loads.
 */
export function watchWasmMemory(): () => number {
  if (!watching) {
    watching = true;
    WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
      construct(target, argumentList, newTarget) {
        const instance = Reflect.construct(target, argumentList, newTarget) as WebAssembly.Instance;
        for (const value of Object.values(instance.exports)) {
          if (value instanceof WebAssembly.Memory) memories.push(new WeakRef(value));
        }
        return instance;
      },
    });
  }
  return readWasmBytes;
}

function readWasmBytes(): number {
  let bytes = 0;
  for (let i = memories.length - 1; i >= 0; i--) {
    const memory = memories[i]!.deref();
    if (memory === undefined) memories.splice(i, 1);
    else bytes += memory.buffer.byteLength;
  }
  return bytes;
}
