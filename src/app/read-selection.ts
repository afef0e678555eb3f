import type { Selection } from './render-results';

const KINDS: readonly string[] = ['node', 'link', 'corridor', 'demand'] satisfies readonly Selection['kind'][];

/** The selection a share link's view carries, or null when it is missing or not one (a link is input from anyone). */
export function readSelection(value: unknown): Selection | null {
  const selected = value as Partial<Selection> | undefined;
  if (selected && KINDS.includes(selected.kind ?? '') && typeof selected.id === 'string') return { kind: selected.kind!, id: selected.id };
  return null;
}
