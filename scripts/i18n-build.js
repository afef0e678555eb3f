#!/usr/bin/env node
/**
 * `npm run i18n:build`: `lit-localize build`, then makes each generated
 * locale module self-contained. lit-localize writes `import {str} from
 * '@lit/localize'` into it; a lazily loaded chunk that imports a module of
 * the eager library makes the bundler split that module (and, with it, Lit
 * and our shared helpers) out of the entry into chunks of their own, which
 * costs every page ~4 kB gzip in per-file overhead. `str` only tags a
 * template (`{ strTag: true, strings, values }`, @lit/localize 0.12's
 * internal/str-tag.js), so the module defines it itself.
 *
 * The languages are the XLIFF files there are: a new `xliff/<locale>.xlf` is
 * added to `targetLocales` in lit-localize.json before building, so adding a
 * language needs only its translation file (docs/languages.md).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = "import {str} from '@lit/localize';";
const LOCAL_STR =
  '// `str` of @lit/localize 0.12 (internal/str-tag.js), defined here so this chunk imports nothing (scripts/i18n-build.js).\n' +
  '    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });';

const configFile = join(root, 'lit-localize.json');
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const locales = readdirSync(xliffDir)
  .filter((f) => f.endsWith('.xlf'))
  .map((f) => f.slice(0, -'.xlf'.length))
  .sort();
if (locales.join() !== [...config.targetLocales].sort().join()) {
  config.targetLocales = locales;
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  process.stdout.write(`i18n-build: languages from ${config.interchange.xliffDir}: ${locales.join(', ')} (lit-localize.json updated)\n`);
}

const built = spawnSync('npx', ['lit-localize', 'build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const outDir = join(root, config.output.outputDir);
for (const locale of config.targetLocales) {
  const file = join(outDir, `${locale}.ts`);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(IMPORT)) {
    if (/from '@lit\/localize'/.test(text)) throw new Error(`i18n-build: ${file} imports @lit/localize in a way this script does not know; adapt it.`);
    continue; // no message with placeholders: nothing imported
  }
  writeFileSync(file, text.replace(IMPORT, LOCAL_STR));
}
