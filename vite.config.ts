/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { playwright } from '@vitest/browser-playwright';

// Vitest 5's reporters call Map.groupBy (Node ≥ 21); on this machine's Node 20 a failing test
// would crash the default reporter and hide its message. The config loads in the main process first.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

/** Flags that keep Debian's Chromium quiet on this closed network (design.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261127' : undefined);

export default defineConfig({
  base: './',
  // Every dependency the app, its components and worker import, pre-bundled up front: one found
  // later makes vite reload the page, which vitest reports as "Vite unexpectedly reloaded a test".
  optimizeDeps: {
    include: [
      'glpk.js/node',
      'comlink',
      'lit',
      'lit/directive.js',
      'lit/directives/guard.js',
      'lit/directives/live.js',
      'lit/directives/style-map.js',
      'lit/directives/class-map.js',
      'lit/directives/repeat.js',
      'valibot',
      'topojson-client',
      'fast-check',
    ],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The app and the component gallery (embed.html, issue 4) are the two pages of the site.
    rolldownOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  test: {
    env: seed ? { FC_SEED: seed } : {},
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // examples/ holds the README's copy-paste property test; it runs exactly as printed.
          include: ['tests/node/**/*.test.ts', 'examples/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
