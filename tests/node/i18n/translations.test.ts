/**
 * Issue 17: every string the components and the app show through `msg()`
 * has a translation in each target language, read exactly as
 * `lit-localize extract` reads the source (so a new string without a
 * translation fails here, named with its file), and the generated locale
 * modules are those the XLIFF files give.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { ProgramMessage } from '@lit/localize-tools/lib/messages.js';

const root = resolve(import.meta.dirname, '../../..');
const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
if (config.output.mode !== 'runtime') throw new Error('lit-localize.json: output.mode must be "runtime"');
const localizer = new RuntimeLitLocalizer(config as ConstructorParameters<typeof RuntimeLitLocalizer>[0]);

/** A message as a person fixing the gap reads it: file, id, English. */
function described(message: ProgramMessage): string {
  const english = message.contents.map((part) => (typeof part === 'string' ? part : '${…}')).join('');
  return `${relative(root, message.file.fileName)}: ${message.name} "${english}"`;
}

describe('translations (xliff/*.xlf)', () => {
  let messages: readonly ProgramMessage[] = [];
  beforeAll(() => {
    const extracted = localizer.extractSourceMessages();
    expect(extracted.errors.map((e) => String(e.messageText))).toEqual([]);
    messages = extracted.messages;
  }, 120_000);

  it('should find the messages of the components and the app', () => {
    expect(messages.length).toBeGreaterThan(100);
  });

  for (const locale of config.targetLocales) {
    it(`should translate every message into "${locale}" (run npm run i18n:extract, then translate xliff/${locale}.xlf)`, () => {
      const translated = new Set((localizer.readTranslationsSync().translations.get(locale) ?? []).map((m) => m.name));
      const untranslated = messages.filter((m) => !translated.has(m.name)).map(described);
      expect(untranslated, `${untranslated.length} message(s) without a "${locale}" translation`).toEqual([]);
    });

    it(`should have the generated module of "${locale}" built from its XLIFF file (run npm run i18n:build)`, () => {
      const generated = readFileSync(join(root, 'src/components/i18n/generated', `${locale}.ts`), 'utf8');
      const built = new Set([...generated.matchAll(/^\s*'([^']+)': /gm)].map((m) => m[1]));
      const translated = (localizer.readTranslationsSync().translations.get(locale) ?? []).map((m) => m.name);
      expect(translated.filter((name) => !built.has(name))).toEqual([]);
    });
  }

  it('should keep every translation\'s placeholders those of its English', () => {
    expect(localizer.validateTranslations().errors).toEqual([]);
  });
});
