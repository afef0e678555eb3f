import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('format-number', () => {
  it('should make no Intl.NumberFormat on import, so that `solve --json` never loads ICU locale data', async () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    vi.resetModules();
    await import('../../../src/cli/format-number');
    await import('../../../src/lp/format-quantity');
    expect(made).not.toHaveBeenCalled();
  });

  it('should make each format once, on first use, and format in en-US', async () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    vi.resetModules();
    const { formatWhole, formatPrice, formatShare } = await import('../../../src/cli/format-number');
    expect([formatWhole(1234567.4), formatWhole(-1e-12), formatPrice(0.004321), formatPrice(12.5), formatShare(0.1234)]).toEqual([
      '1,234,567',
      '0',
      '0.00432',
      '12.50',
      '12.3 %',
    ]);
    expect(formatWhole(2500)).toBe('2,500');
    // tonnes, small, two decimals, one decimal: one each, not one per call.
    expect(made).toHaveBeenCalledTimes(4);
  });

  it('should format diagnosis quantities once made lazily', async () => {
    const { formatQuantity } = await import('../../../src/lp/format-quantity');
    expect([formatQuantity(1200000), formatQuantity(0.5), formatQuantity(1 / 3)]).toEqual(['1,200,000', '0.5', '0.333']);
  });
});
