/** The folder the command line is built into (`dist-cli/`). */
export const OUT_DIR: string;

/** Packages bundled into dist-cli/ instead of imported from node_modules at run time (see build-cli.js). */
export const BUNDLED_PACKAGES: readonly string[];

/** Rolldown's `external` for dist-cli/: Node built-ins and packages, except `BUNDLED_PACKAGES`. */
export function isExternal(id: string): boolean;

/** Builds dist-cli/; resolves when done, rejects on a failed bundle. */
export function buildCli(options?: { readonly types?: boolean; readonly sourcemap?: boolean }): Promise<void>;
