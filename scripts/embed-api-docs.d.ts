/** Markdown of every element of a custom-elements manifest, `<corridor-flow>` first. */
export function manifestMarkdown(manifest: unknown): string;
/** The generated element reference of docs/embedding.md (between the markers), or null without them. */
export function documentedElements(text: string): string | null;
export const ELEMENTS_START: string;
export const ELEMENTS_END: string;
export const EMBEDDING_DOC: string;
