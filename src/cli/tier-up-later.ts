import { setFlagsFromString } from 'node:v8';

/**
 * V8's budget of bytecode a function runs between checks whether to optimize
 * it: 16 times Node 20's default (66 KiB, V8 11.3).
 */
export const CLI_INTERRUPT_BUDGET = 16 * 67_584;

/**
 * Lets V8 optimize (TurboFan) later in this process than it would by default.
 *
 * Why: a command line solves once and exits, and on a small or mid network
 * most of its time is GLPK's wasm, not our JavaScript; TurboFan compiled
 * about 50 of our functions during a 10×10 grid's first solve anyway,
 * 120 ms of CPU on the two cores the solve needed. With 16× the budget
 * (measured in one process, first solve, method paths, load 9–12, CPU ms
 * default → later): grid 10×10 271 → 127, grid3 416 → 335, planar30
 * 395 → 240, planar50 756 → 538, grid 30×30 762 → 761: only code that
 * keeps running is optimized, and it still is. Disabling TurboFan instead
 * (`--no-opt`) made the 30×30 grid 40 % slower.
 *
 * Only on Node 20, where it was measured: a flag a later V8 dropped would
 * print an error on stderr, and later V8s tier up differently (Maglev).
 * Process-wide (the solver thread shares it); set before any solver code
 * loads, as flags set later may not apply to code compiled before.
 */
export function tierUpLater(nodeVersion: string = process.versions.node): boolean {
  if (Number(nodeVersion.split('.')[0]) !== 20) return false;
  setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
  return true;
}
