import { beforeEach, describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));

const { CLI_INTERRUPT_BUDGET, tierUpLater } = await import('../../../src/cli/tier-up-later');

beforeEach(() => setFlagsFromString.mockClear());

describe('tierUpLater', () => {
  it('should raise V8 interrupt budget on Node 20, where it was measured', () => {
    expect(tierUpLater('20.20.2')).toBe(true);
    expect(setFlagsFromString).toHaveBeenCalledExactlyOnceWith(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
    expect(CLI_INTERRUPT_BUDGET).toBe(16 * 67_584);
  });

  it.each(['18.20.0', '22.12.0', '24.1.0'])('should leave V8 alone on Node %s, whose flags were not measured', (version) => {
    expect(tierUpLater(version)).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
