import { describe, expect, it } from 'vitest';
import { languageName } from '../../../src/app/language-picker';

describe('languageName (a language added by its translation file alone is named in the switch)', () => {
  it("should name a language in itself, capitalised as that language writes it", () => {
    expect(languageName('kk')).toBe('Қазақ тілі');
    expect(languageName('tr')).toBe('Türkçe');
  });

  it('should fall back to the code when the browser has no name for it', () => {
    expect(languageName('not a code')).toBe('not a code');
  });
});
