/**
 * V8's budget of bytecode a function runs between checks whether to optimize
 * it: 16 times Node 20's default (66 KiB, V8 11.3).
 */
export const CLI_INTERRUPT_BUDGET = 16 * 67_584;

/**
 * V8's budget of wasm a function runs on its baseline code (Liftoff) before
 * it is compiled again by TurboFan, on a background thread: about 28 times
 * Node 20's default (1 800 000, V8 11.3).
 */
export const CLI_WASM_TIERING_BUDGET = 50_000_000;

/** The V8 flags `tierUpLater` sets, in order. */
export const CLI_V8_FLAGS: readonly string[] = [`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`, `--wasm-tiering-budget=${CLI_WASM_TIERING_BUDGET}`];

/**
 * Lets V8 optimize (TurboFan) later in this process than it would by
 * default, both our JavaScript and GLPK's wasm.
 *
 * Why: a command line solves once and exits, and on a small or mid network
 * most of its time is GLPK's wasm, not our JavaScript; TurboFan compiled
 * about 50 of our functions during a 10×10 grid's first solve anyway,
 * 120 ms of CPU on the two cores the solve needed. With 16× the interrupt
 * budget (measured in one process, first solve, method paths, load 9–12, CPU
 * ms default → later): grid 10×10 271 → 127, grid3 416 → 335, planar30
 * 395 → 240, planar50 756 → 538, grid 30×30 762 → 761: only code that
 * keeps running is optimized, and it still is. Disabling TurboFan instead
 * (`--no-opt`) made the 30×30 grid 40 % slower.
 *
 * GLPK's wasm alike: with the default wasm budget, the simplex functions of
 * even a 4×4 grid's solve are sent to TurboFan, whose background compile
 * is still running when the answer is written, and Node waits for it before
 * the process ends (45–60 ms of a 250 ms `solve`, seen as "(idle)" at the
 * end of a CPU profile). With the larger budget, a small or mid solve
 * (Grid 1) ends on Liftoff code and exits at once, while a long one still
 * has its hot functions optimized, a little later (docs/performance.md,
 * "The command line's fixed cost").
 *
 * Only on Node 20, where it was measured: a flag a later V8 dropped would
 * print an error on stderr, and later V8s tier up differently (Maglev).
 * Process-wide (the solver thread shares it); set before any solver code
 * loads, as flags set later may not apply to code compiled before, nor to a
 * wasm instance made before.
 *
 * `node:v8` is loaded here rather than imported, so that commands that never
 * solve (`--help`, `--version`, `validate`) do not load it.
 */
export function tierUpLater(
  nodeVersion: string = process.versions.node,
  setFlags: (flag: string) => void = (flag) => process.getBuiltinModule('node:v8').setFlagsFromString(flag),
): boolean {
  if (Number(nodeVersion.split('.')[0]) !== 20) return false;
  for (const flag of CLI_V8_FLAGS) setFlags(flag);
  return true;
}
