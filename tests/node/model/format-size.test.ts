import { describe, expect, it } from 'vitest';
import { formatSize, formatSizeOver } from '../../../src/model/format-size';
import { LIMITS } from '../../../src/model/limits';

describe('formatSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [512, '512 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [1023 * 1024, '1 MB'],
    [1000 * 1024, '0.98 MB'],
    [LIMITS.maxTextLength, '10 MB'],
    [20 * 1024 * 1024, '20 MB'],
    [25_000_000, '23.8 MB'],
    [20.97152 * 1024 * 1024, '21 MB'],
    [123_456_789, '118 MB'],
    [3 * 1024 ** 3 + 1, '3 GB'],
  ])('should write %d bytes as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('should never write more than three significant digits', () => {
    for (let bytes = 1024; bytes < 1024 ** 4; bytes = Math.ceil(bytes * 1.37)) {
      const figure = formatSize(bytes).split(' ')[0]!.replace('.', '').replace(/^0+/, '');
      expect(figure.length).toBeLessThanOrEqual(3);
    }
  });

  it('should say "more than" the limit when a size over it rounds to the same figure', () => {
    expect(formatSizeOver(LIMITS.maxTextLength + 1, LIMITS.maxTextLength)).toBe('more than 10 MB');
    expect(formatSizeOver(25 * 1024 * 1024, 20 * 1024 * 1024)).toBe('25 MB');
  });
});
