#!/usr/bin/env node
/**
 * `npm pack` / `npm publish` (the `prepack` script): builds exactly what the
 * package ships, from the sources, so a fresh clone packs a working package:
 *
 *   dist-cli/   the command line and `corridor-flow/testing` (scripts/build-cli.js)
 *   dist/lib/   the library, `.` and `./inline`, with types and the
 *               custom-elements manifest (scripts/build-lib.js)
 *
 * Not the app's own site (`vite build` → dist/index.html): package.json's
 * `files` leaves it out anyway. Source maps are left out unless
 * CORRIDOR_FLOW_SOURCEMAPS=1 is set; then both builds write them and they ship.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.js';
import { buildLib } from './build-lib.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file package.json names (bin, exports, types, manifest) must exist, or the pack fails here. */
function checkPackageTargets() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = [...Object.values(pkg.bin ?? {}), pkg.customElements, pkg.types, pkg.module];
  for (const entry of Object.values(pkg.exports ?? {})) {
    if (typeof entry === 'string') targets.push(entry);
    else targets.push(...Object.values(entry));
  }
  const missing = targets.filter((t) => typeof t === 'string' && !existsSync(join(root, t)));
  if (missing.length > 0) throw new Error(`package.json names files the build did not produce: ${missing.join(', ')}`);
}

try {
  await buildCli();
  await buildLib();
  checkPackageTargets();
} catch (error) {
  process.stderr.write(`[prepack] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
