import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKAGES, isExternal } from '../../../scripts/build-cli.js';

describe('isExternal (what dist-cli/ imports at run time)', () => {
  it('should keep glpk.js external, which loads its glpk.wasm from beside itself', () => {
    expect(isExternal('glpk.js/node')).toBe(true);
    expect(isExternal('glpk.js')).toBe(true);
  });

  it('should keep Node built-ins and the other packages external', () => {
    for (const id of ['node:fs', 'node:worker_threads', 'fast-check', 'comlink']) expect(isExternal(id)).toBe(true);
  });

  it('should bundle valibot, so that a command loads the functions it uses rather than its whole build', () => {
    expect(BUNDLED_PACKAGES).toContain('valibot');
    expect(isExternal('valibot')).toBe(false);
    expect(isExternal('valibot/anything')).toBe(false);
  });

  it('should bundle our own modules, relative or absolute, and virtual ones', () => {
    for (const id of ['./run-cli', '../model/types', '/work/src/cli/index.ts', '\0virtual']) expect(isExternal(id)).toBe(false);
  });

  it('should not take a package whose name only starts like a bundled one for it', () => {
    expect(isExternal('valibot-extra')).toBe(true);
  });
});
