import { describe, expect, it } from 'vitest';
import { explainSolverFailure } from '../../../src/client/explain-solver-failure';

/** Chromium 156's words, as a page with script-src 'self' got them from glpk.js's load in the worker. */
const CHROMIUM =
  'CompileError: WebAssembly.Module(): Compiling or instantiating WebAssembly module violates the following Content Security policy ' +
  `directive because 'unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: "script-src 'self'".`;

describe('explainSolverFailure', () => {
  it("should turn a WebAssembly load refused by the page's CSP into the directive to add", () => {
    expect(explainSolverFailure(CHROMIUM)).toBe(
      "WebAssembly is blocked by this page's Content-Security-Policy: add 'wasm-unsafe-eval' to its script-src directive (it reads \"script-src 'self'\" now), " +
        "e.g. script-src 'self' 'wasm-unsafe-eval'. The solver (GLPK) is WebAssembly; 'unsafe-eval' is not needed.",
    );
  });

  it("should recognise Firefox's wording, which names no directive", () => {
    expect(explainSolverFailure('CompileError: call to WebAssembly.instantiate() blocked by CSP')).toMatch(
      /^WebAssembly is blocked by this page's Content-Security-Policy: add 'wasm-unsafe-eval' to its script-src directive, e\.g\./,
    );
  });

  it('should leave every other failure as it is', () => {
    expect(explainSolverFailure('RuntimeError: Aborted()')).toBe('RuntimeError: Aborted()');
    expect(explainSolverFailure('TypeError: Failed to fetch')).toBe('TypeError: Failed to fetch');
  });
});
