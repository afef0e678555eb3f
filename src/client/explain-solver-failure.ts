/**
 * What a site builder needs to read when the solver cannot start: the
 * browser's own words for a WebAssembly module refused by the page's
 * Content-Security-Policy name `'unsafe-eval'` (Chromium: "CompileError:
 * WebAssembly.Module(): … 'unsafe-eval' is not an allowed source of script
 * in … "script-src 'self'""; Firefox: "CompileError: … blocked by CSP"),
 * which is the wrong fix. GLPK is WebAssembly and needs only
 * `'wasm-unsafe-eval'` in `script-src`; this says so, and which directive
 * stands in the way now.
 */
export function explainSolverFailure(message: string): string {
  const compile = /\b(CompileError|EvalError)\b/.test(message) || /WebAssembly/i.test(message);
  const policy = /Content[ -]Security[ -]Policy|\bCSP\b|unsafe-eval/i.test(message);
  if (!compile || !policy) return message;
  const directive = /directive:?\s*"([^"]+)"/.exec(message)?.[1];
  const now = directive === undefined ? '' : ` (it reads "${directive}" now)`;
  return (
    `WebAssembly is blocked by this page's Content-Security-Policy: add 'wasm-unsafe-eval' to its script-src directive${now}, ` +
    `e.g. script-src 'self' 'wasm-unsafe-eval'. The solver (GLPK) is WebAssembly; 'unsafe-eval' is not needed.`
  );
}
