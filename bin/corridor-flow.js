#!/usr/bin/env node
// The `corridor-flow` command. Plain JavaScript so it runs without a build
// step: it loads the built command line from dist-cli/, building it first when
// it is missing (after `npm ci --ignore-scripts`). Nothing else is imported
// here, to keep start-up fast.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 caches compiled code between runs (a faster start); Node 20 has no such cache.
module.enableCompileCache?.();

const entry = new URL('../dist-cli/cli.js', import.meta.url);

function fail(message) {
  process.stderr.write(`corridor-flow: ${message}\n`);
  process.exitCode = 3;
}

async function main() {
  if (!existsSync(entry)) {
    const script = new URL('../scripts/build-cli.js', import.meta.url);
    if (!existsSync(script)) return fail('the built command line (dist-cli/) is missing from this installation; reinstall the package');
    process.stderr.write('corridor-flow: building the command line once (dist-cli/ is missing)…\n');
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    // The build's own output goes to stderr: stdout may be about to carry --json.
    const build = spawnSync(process.execPath, [fileURLToPath(script)], { stdio: ['ignore', 2, 2] });
    if (build.status !== 0 || !existsSync(entry)) {
      return fail('could not build the command line (run `npm run build:cli` to see why; dev dependencies such as vite must be installed)');
    }
  }
  const { run } = await import(entry.href);
  process.exitCode = await run(process.argv.slice(2));
}

main().catch((error) => fail(`internal error: ${error instanceof Error ? error.message : String(error)}`));
