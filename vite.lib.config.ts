/**
 * The library build: `corridor-flow` as ES modules that define every custom
 * element, for other people's pages (issue 4; `scripts/build-lib.js` runs it
 * twice, then emits the types and the custom-elements manifest).
 *
 * - mode `same-origin` (default) → `dist/lib/corridor-flow.js`; the solver
 *   worker and glpk.js's wasm are files beside it in `assets/`, found with
 *   `new URL(…, import.meta.url)`, so any sub-path works (`base: './'`).
 * - mode `inline` → `dist/lib/corridor-flow.inline.js`; the worker is inlined
 *   (vite `?worker&inline`, started from a Blob URL) and the wasm is inlined
 *   into the worker as bytes, so one file works from any origin.
 *
 * This is not vite's library mode: that inlines every asset as a `data:` URL,
 * which a strict CSP (`connect-src 'self'`) refuses to fetch.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplates } from './scripts/minify-lit-css.js';

export const LIB_OUT_DIR = 'dist/lib';

/** The entry each mode builds, and the file it is written to (without `.js`). */
export const LIB_ENTRIES = {
  'same-origin': { name: 'corridor-flow', entry: 'src/embed/index.ts' },
  inline: { name: 'corridor-flow.inline', entry: 'src/embed/inline.ts' },
} as const;

type LibMode = keyof typeof LIB_ENTRIES;

/** The Emscripten glue in glpk.js 5.0.0 (`glpk.js/node`) that finds and loads the wasm. */
const GLPK_WASM_URL = 'new URL("glpk.wasm",import.meta.url).href';
const GLPK_WASM_BINARY = 'r.wasmBinary&&(d=r.wasmBinary)';
const INLINE_WORKER_ENTRY = 'src/embed/solver-inline.worker.ts';

/**
 * Makes the inline worker self-contained. Puts glpk.wasm into the worker bundle as bytes. glpk.js's default export
 * takes no options, so its Emscripten `wasmBinary` cannot be passed in:
 * the glue is patched instead, to take the embedded bytes as `wasmBinary`
 * and not to resolve a URL against `import.meta.url` (a `blob:` URL, which
 * is no base for relative URLs). glpk.js is pinned to 5.0.0; if its glue
 * changes, the build fails here rather than shipping a worker that cannot
 * find its wasm.
 */
function glpkWasmAsBytes(): Plugin {
  // vite makes a fresh set of worker plugins for every worker bundle; this
  // one acts only in the bundle whose entry is the inline worker.
  let active = false;
  return {
    name: 'corridor-flow:glpk-wasm-as-bytes',
    enforce: 'pre',
    options(options) {
      active = JSON.stringify(options.input ?? null).includes(INLINE_WORKER_ENTRY);
    },
    // One file: a Blob-URL worker cannot load chunks relative to itself, so
    // its dynamic imports (glpk.js's Node-only `import('module')`, the lazily
    // loaded invariant checks) are inlined. The file-based worker keeps them
    // as chunks beside it.
    outputOptions(options) {
      return active ? { ...options, codeSplitting: false } : null;
    },
    transform: {
      filter: { id: /glpk\.js[\\/]dist[\\/]glpk\.js$/ },
      handler(code, id) {
        if (!active) return null;
        if (!code.includes(GLPK_WASM_URL) || !code.includes(GLPK_WASM_BINARY)) {
          this.error(
            `glpk-wasm-as-bytes: ${id} no longer contains ${GLPK_WASM_URL} and ${GLPK_WASM_BINARY}; ` +
              'the inline build must be adapted to this glpk.js version.',
          );
        }
        const base64 = readFileSync(join(dirname(id), 'glpk.wasm')).toString('base64');
        const bytes = `Uint8Array.from(atob(${JSON.stringify(base64)}),(c)=>c.charCodeAt(0))`;
        return {
          code: code.replace(GLPK_WASM_URL, '"glpk.wasm"').replace(GLPK_WASM_BINARY, `d=r.wasmBinary||${bytes}`),
          map: null,
        };
      },
    },
  };
}

/**
 * Minifies the CSS of our Lit `css` templates (scripts/minify-lit-css.js):
 * ≈1.5 kB gzip less for every page, with line breaks kept so the source maps
 * stay right. Files it cannot read with certainty are left as they are.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'corridor-flow:minify-lit-css',
    transform: {
      filter: { id: /[\\/]src[\\/].*\.ts$/, code: 'css`' },
      handler(code) {
        const minified = minifyCssTemplates(code);
        return minified === null || minified === code ? null : { code: minified, map: null };
      },
    },
  };
}


/**
 * Lets `import('corridor-flow')` run where there is no DOM (Node, a
 * server-side rendering pass), without touching any global: the library's
 * elements are then classes that nothing defines (see
 * src/components/define-element.ts). Lit's browser build reads two DOM
 * globals when it loads; its Node build would instead install a
 * `customElements` shim on `globalThis`. Both reads are made conditional
 * here, exactly as Lit's own Node build writes them. Read from lit-html 3.3
 * and @lit/reactive-element 2.1; if the text changes, the build fails here
 * rather than shipping a library that throws on a server.
 */
const LIT_DOM_READS = [
  { file: /lit-html[\\/]lit-html\.js$/, from: 'l=document,', to: 'l=globalThis.document??{createTreeWalker(){return{}}},' },
  { file: /@lit[\\/]reactive-element[\\/]reactive-element\.js$/, from: 'extends HTMLElement{', to: 'extends(globalThis.HTMLElement??class{}){' },
] as const;

function litWithoutDom(): Plugin {
  return {
    name: 'corridor-flow:lit-without-dom',
    transform: {
      filter: { id: /(lit-html[\\/]lit-html|@lit[\\/]reactive-element[\\/]reactive-element)\.js$/ },
      handler(code, id) {
        const read = LIT_DOM_READS.find((r) => r.file.test(id));
        if (read === undefined) return null;
        if (code.split(read.from).length !== 2) {
          this.error(`lit-without-dom: ${id} no longer contains ${read.from} exactly once; adapt the SSR guard to this Lit version.`);
        }
        return { code: code.replace(read.from, read.to), map: null };
      },
    },
  };
}

/**
 * Vite wraps every dynamic import of a build that is not `build.lib` in its
 * preload helper, which would fetch the lazy chunk's own imports and CSS
 * beside it and announce a failure as a `vite:preloadError` window event.
 * Here preloading is off (`modulePreload: false`) and there is no CSS file,
 * so every call passes no dependencies and the helper (914 bytes gzip of the
 * eager part) only calls `import()`: it is replaced by a stub that calls it,
 * and each call of the stub by what the stub does (renderChunk below: the
 * calls and the small file rolldown gave the stub were 230 bytes gzip of the
 * eager part). A failed lazy load still rejects, and every caller says so in
 * words. A build with CSS files fails here (they would need preloading).
 */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

const PRELOAD_START = '__vitePreload(';
const PRELOAD_END = ', __VITE_PRELOAD__, import.meta.url)';
const ARROW = '() => ';
/** The helper's binding in a chunk's imports: alone (the whole statement), or one of several. */
const PRELOAD_IMPORT_ALONE = /^import \{ (?:\w+ as )?__vitePreload \} from "[^"]+";\n/m;
const PRELOAD_BINDING = /(?:\w+ as )?__vitePreload, |, (?:\w+ as )?__vitePreload(?= \})/;

/**
 * Each `__vitePreload(load, __VITE_PRELOAD__, import.meta.url)` becomes what the stub does, `load()`: written
 * `(BODY)` when `load` is `() => BODY` (an `import()` and what is chained on it), else `(load)()`. Innermost
 * first: the last wrapper's end is the first marker after it. The helper's import goes with the last call.
 */
function unwrapPreloads(code: string): string {
  let out = code;
  for (let start = out.lastIndexOf(PRELOAD_START); start >= 0; start = out.lastIndexOf(PRELOAD_START)) {
    const load = start + PRELOAD_START.length;
    const end = out.indexOf(PRELOAD_END, load);
    if (end < 0) break;
    const fn = out.slice(load, end);
    const call = fn.startsWith(ARROW + 'import(') ? `(${fn.slice(ARROW.length)})` : `(${fn})()`;
    out = out.slice(0, start) + call + out.slice(end + PRELOAD_END.length);
  }
  return out.replace(PRELOAD_IMPORT_ALONE, '').replace(PRELOAD_BINDING, '');
}

function importWithoutPreload(): Plugin {
  return {
    name: 'corridor-flow:import-without-preload',
    enforce: 'pre',
    load(id) {
      if (id !== PRELOAD_HELPER_ID) return null;
      return 'export const __vitePreload = (load) => load();';
    },
    // Source maps (asked for when debugging) would need this edit mapped: there the calls stay.
    renderChunk(code) {
      if (LIB_SOURCEMAPS || !code.includes(PRELOAD_START)) return null;
      const out = unwrapPreloads(code);
      // Left: the helper's own definition and export (its chunk, or the chunk rolldown put it in), nothing else.
      const left = out.replace(/\b(?:const __vitePreload = \(load\) =>|__vitePreload as \w+\b)/g, '');
      if (left.includes('__vitePreload')) {
        const at = left.indexOf('__vitePreload');
        this.error(`import-without-preload: Vite wraps an import() in a way this plugin does not know: ${JSON.stringify(left.slice(Math.max(0, at - 100), at + 300))}`);
      }
      return { code: out, map: null };
    },
    // The helper's own chunk, now imported by none, is not written. What it would have preloaded, with
    // modulePreload off: a lazy chunk's CSS files, of which this build must have none.
    generateBundle(_options, bundle) {
      const css = Object.keys(bundle).filter((name) => name.endsWith('.css'));
      if (css.length > 0) this.error(`import-without-preload: the build has CSS files (${css.join(', ')}), which a lazy chunk would need preloaded; restore Vite's preload helper`);
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const chunk of chunks) {
        const unused = chunk.name === 'preload-helper' && !chunk.isEntry && !chunks.some((other) => other !== chunk && other.code.includes(chunk.fileName.split('/').pop()!));
        if (unused) delete bundle[chunk.fileName];
      }
    },
  };
}

/** Source maps only when asked for (`CORRIDOR_FLOW_SOURCEMAPS=1`): the package ships without them. */
export const LIB_SOURCEMAPS = process.env.CORRIDOR_FLOW_SOURCEMAPS === '1';

export default defineConfig(({ mode }) => {
  const libMode: LibMode = mode === 'inline' ? 'inline' : 'same-origin';
  const { name, entry } = LIB_ENTRIES[libMode];
  return {
    base: './',
    publicDir: false,
    plugins: [minifyLitCss(), litWithoutDom(), importWithoutPreload()],
    logLevel: 'warn',
    worker: {
      format: 'es',
      // Only the inline worker gets the wasm as bytes; the file-based worker
      // (also referenced, unused, by the inline build) stays identical to the
      // same-origin build's, so both builds write the same files to assets/.
      plugins: () => (libMode === 'inline' ? [glpkWasmAsBytes()] : []),
    },
    build: {
      outDir: LIB_OUT_DIR,
      // The same-origin build runs first and starts from an empty folder.
      emptyOutDir: libMode === 'same-origin',
      target: 'es2022',
      sourcemap: LIB_SOURCEMAPS,
      copyPublicDir: false,
      modulePreload: false,
      // Everything that is an asset stays a file: no data: URLs (a strict CSP refuses them).
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { [name]: entry },
        // The lazily loaded chunks (analysis views, …) share most modules with the entry.
        // 'allow-extension' lets rolldown keep those in the entry (which then exports them
        // to the chunks under short internal names) instead of splitting them into several
        // small chunks that every page would load anyway: one request and about 3 kB less
        // gzip than 'strict'. The documented exports are unchanged.
        preserveEntrySignatures: 'allow-extension',
        // @lit/localize 0.12 declares no `sideEffects`, and its runtime runs a little code when it
        // loads (an already settled promise), so rolldown will not move it, nor any module shared
        // with a lazy chunk that imports it (format.ts, through msg()), into the entry: the entry
        // broke into ten files, +4 kB gzip. Nothing of it must run before it is used.
        treeshake: { moduleSideEffects: (id: string) => (/[\\/]@lit[\\/]localize[\\/]/.test(id) ? false : undefined) },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
