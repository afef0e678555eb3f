import { changedPaths } from './changed-paths';

/** Edits of the same fields closer together than this (ms) are one undo step: a slider drag. */
export const COALESCE_MS = 1000;

/**
 * Undo/redo as immutable data: the states before (`past`, oldest first), the
 * present, and the states undone (`future`, next redo last). `lastEdit`
 * remembers what the newest step changed and when, so that a drag (many
 * events on one field) becomes one step.
 */
export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly lastEdit: { readonly paths: string; readonly at: number } | null;
}

/** Most undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [], lastEdit: null };
}

/**
 * How an edit relates to the step before it, as the editor says it
 * (`corridor-change`'s `phase`): `input` is one step of a slider drag (it
 * keeps the step open), `commit` ends an edit (it closes the step), `none`
 * when the sender does not say (then edits of the same fields within
 * `COALESCE_MS` coalesce), `step` is always a new step (import, picker).
 */
export type EditPhase = 'input' | 'commit' | 'none' | 'step';

/**
 * Records `next` as the new present. It joins the newest step instead of
 * adding one when that step is open and `next` changes only fields the step
 * already changes (a drag, however far it goes, or the `commit` that ends
 * it). A step is open after an `input`, or for `COALESCE_MS` after a `none`;
 * `commit` and `step` close it. Recording clears the redo stack.
 */
export function recordEdit<T>(history: EditHistory<T>, next: T, now: number, phase: EditPhase = 'none'): EditHistory<T> {
  if (Object.is(next, history.present)) return history;
  const changed = changedPaths(history.present, next);
  const last = history.lastEdit;
  const open =
    last !== null && history.past.length > 0 && phase !== 'step' && (phase !== 'none' || now - last.at <= COALESCE_MS);
  const stepPaths = last?.paths.split('|') ?? [];
  const join = open && changed.every((path) => stepPaths.includes(path));
  const past = join ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  const paths = join && last !== null ? last.paths : changed.join('|');
  const lastEdit = phase === 'input' || phase === 'none' ? { paths, at: now } : null;
  return { past, present: next, future: [], lastEdit };
}

export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: previous as T, future: [...history.future, history.present], lastEdit: null };
}

export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  const next = history.future.at(-1);
  if (history.future.length === 0) return history;
  return { past: [...history.past, history.present], present: next as T, future: history.future.slice(0, -1), lastEdit: null };
}
