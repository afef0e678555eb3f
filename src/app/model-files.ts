/** A scenario file shipped in `models/`, as the picker lists it. */
export interface ModelFile {
  /** File name without `.json`, e.g. `caspian-2030`. */
  readonly id: string;
  /** URL to fetch it from, in dev and in the built app. */
  readonly url: string;
}

// `?url` makes vite copy each file into the build as an asset and give its
// URL, so `vite preview` and any static host serve them without a public/ copy.
// The planning cases (teaching-plan-*) are left to the Plan view, which loads with its own chunk: each
// file listed here adds to what `import 'corridor-flow'` downloads first (issue 4's 60 kB budget).
const urls = import.meta.glob<string>(['/models/*.json', '!/models/teaching-plan-*.json'], { query: '?url', import: 'default', eager: true });

/** The files in `models/`, sorted by name. */
export const MODEL_FILES: readonly ModelFile[] = Object.entries(urls)
  .map(([path, url]) => ({ id: path.replace(/^.*\//, '').replace(/\.json$/, ''), url }))
  .sort((a, b) => a.id.localeCompare(b.id));
