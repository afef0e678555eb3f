import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLI_INTERRUPT_BUDGET, CLI_V8_FLAGS, CLI_WASM_TIERING_BUDGET, tierUpLater } from '../../../src/cli/tier-up-later';

const setFlags = vi.fn<(flag: string) => void>();

beforeEach(() => setFlags.mockClear());

describe('tierUpLater', () => {
  it('should raise V8 interrupt budget and its wasm tiering budget on Node 20, where they were measured', () => {
    expect(tierUpLater('20.20.2', setFlags)).toBe(true);
    expect(setFlags.mock.calls).toEqual([[`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`], [`--wasm-tiering-budget=${CLI_WASM_TIERING_BUDGET}`]]);
    expect(CLI_INTERRUPT_BUDGET).toBe(16 * 67_584);
    expect(CLI_WASM_TIERING_BUDGET).toBe(50_000_000);
  });

  it.each(['18.20.0', '22.12.0', '24.1.0'])('should leave V8 alone on Node %s, whose flags were not measured', (version) => {
    expect(tierUpLater(version, setFlags)).toBe(false);
    expect(setFlags).not.toHaveBeenCalled();
  });

  it.runIf(process.versions.node.startsWith('20.'))("should name only flags Node 20's V8 knows, so that setting them prints nothing", () => {
    // An unknown flag makes V8 print "Error: unrecognized flag" on stderr, which a command's stderr must never carry.
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of CLI_V8_FLAGS) expect(known).toContain(`  ${flag.split('=')[0]} `);
  });
});
