/** Sizes of one file or a set of files, bytes: as is, gzip (zlib default level), brotli (quality 11). */
export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** What one entry loads up front (`files` relative to the build folder) and sums to. */
export interface Loaded extends Sizes {
  readonly files: readonly string[];
}

/** A chunk loaded by `import()`, with the chunks it needs that are not loaded already. */
export interface LazyChunk extends Loaded {
  readonly chunk: string;
}

/** The target for what `import 'corridor-flow'` loads, gzip bytes (issue 4). */
export const MODULE_GZIP_TARGET: number;

/** The sizes of the library built into `dir` (default dist/lib); see lib-size.js. */
export function measureLib(dir?: string): {
  readonly eager: Loaded;
  readonly lazy: readonly LazyChunk[];
  readonly moduleTotal: Sizes;
  readonly worker: { readonly eager: Loaded; readonly lazy: readonly LazyChunk[] };
  readonly wasm: Sizes;
  readonly inline: { readonly eager: Loaded; readonly lazy: readonly LazyChunk[] };
  readonly moduleGzipTarget: number;
};
