#!/usr/bin/env node
// Runs before `npm test`: the browser and end-to-end tests drive Debian's Chromium
// (Playwright's own browser download cannot work on a closed network). Installs it
// with apt-get when missing and we are root; otherwise says exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Chromium not found at ${path}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log(`Chromium not found at ${path}: installing Debian's chromium package…`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('apt-get could not install chromium; install it by hand or set CHROMIUM_PATH.');
    process.exit(1);
  }
}
