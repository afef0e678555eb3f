import type { Problem, Scenario } from '../../model/types';
import { parseScenario } from '../../model/parse-scenario';
import { readAnalysesView } from '../analyses/read-analyses-view';
import type { AnalysesView } from '../analyses/analysis-tabs';

/** The `format` of a workspace file; a later, incompatible layout gets a new number. */
export const WORKSPACE_FORMAT = 'corridor-flow/workspace@1';

/**
 * One named scenario of the workspace. The scenario keeps its own
 * uncertainty ranges (`scenario.uncertainty`); `view` keeps the analysis
 * settings it was last studied with (open tab, the sweep's parameter and
 * range), so both travel with it through export and import.
 */
export interface WorkspaceEntry {
  /** Made once, never shown; the key in IndexedDB. */
  readonly id: string;
  readonly name: string;
  /** Free text: what this scenario is for, where its numbers come from. */
  readonly notes: string;
  readonly scenario: Scenario;
  /** What the editor measures changes against (the file it started from); null when unknown. */
  readonly baseline: Scenario | null;
  readonly view: AnalysesView | null;
  /** ISO times. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A workspace as one file: every entry, newest first as the panel lists them. */
export interface WorkspaceFile {
  readonly format: typeof WORKSPACE_FORMAT;
  readonly exportedAt: string;
  readonly entries: readonly WorkspaceEntry[];
}

export type WorkspaceParse =
  | { readonly ok: true; readonly entries: readonly WorkspaceEntry[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function toWorkspaceFile(entries: readonly WorkspaceEntry[], now = new Date()): WorkspaceFile {
  return { format: WORKSPACE_FORMAT, exportedAt: now.toISOString(), entries };
}

/**
 * Reads a workspace file (JSON text or the parsed value). Every problem is
 * reported at once, each with the JSON path of the value and what was
 * expected there (`entries[2].scenario.links[0].capacity: …`); nothing is
 * taken from a file with any problem, so an import is all or nothing.
 */
export function parseWorkspaceFile(input: unknown): WorkspaceParse {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [{ path: '', message: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` }] };
    }
  }
  if (!isRecord(value)) return { ok: false, problems: [{ path: '', message: `expected an object with "format": "${WORKSPACE_FORMAT}" and "entries"` }] };
  const problems: Problem[] = [];
  if (value.format !== WORKSPACE_FORMAT) {
    problems.push({ path: 'format', message: `expected "${WORKSPACE_FORMAT}", found ${describe(value.format)}` });
  }
  if (!Array.isArray(value.entries)) {
    problems.push({ path: 'entries', message: `expected an array of scenarios, found ${describe(value.entries)}` });
    return { ok: false, problems };
  }
  const entries: WorkspaceEntry[] = [];
  const ids = new Set<string>();
  value.entries.forEach((raw: unknown, i: number) => {
    const entry = readEntry(raw, `entries[${i}]`, problems);
    if (entry === null) return;
    if (ids.has(entry.id)) problems.push({ path: `entries[${i}].id`, message: `expected an id used once, found "${entry.id}" again` });
    ids.add(entry.id);
    entries.push(entry);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

function readEntry(raw: unknown, at: string, problems: Problem[]): WorkspaceEntry | null {
  if (!isRecord(raw)) {
    problems.push({ path: at, message: `expected an object with "name" and "scenario", found ${describe(raw)}` });
    return null;
  }
  const before = problems.length;
  const text = (field: string, required: boolean): string => {
    const v = raw[field];
    if (typeof v === 'string' && (v.trim() !== '' || !required)) return v;
    if (v === undefined && !required) return '';
    problems.push({ path: `${at}.${field}`, message: `expected ${required ? 'a non-empty' : 'a'} string, found ${describe(v)}` });
    return '';
  };
  const id = text('id', true);
  const name = text('name', true);
  const notes = text('notes', false);
  const createdAt = time(raw.createdAt, `${at}.createdAt`, problems);
  const updatedAt = time(raw.updatedAt, `${at}.updatedAt`, problems);
  const scenario = readScenario(raw.scenario, `${at}.scenario`, problems);
  // The baseline only places the editor's ticks: one that no longer reads is dropped, not fatal.
  const baselineParse = raw.baseline === undefined || raw.baseline === null ? null : parseScenario(raw.baseline);
  const baseline = baselineParse?.ok ? baselineParse.scenario : null;
  if (raw.view !== undefined && raw.view !== null && !isRecord(raw.view)) {
    problems.push({ path: `${at}.view`, message: `expected an object (the analysis settings) or null, found ${describe(raw.view)}` });
  }
  if (problems.length > before || scenario === null) return null;
  return { id, name, notes, scenario, baseline, view: readAnalysesView(raw.view), createdAt, updatedAt };
}

function readScenario(raw: unknown, at: string, problems: Problem[]): Scenario | null {
  if (raw === undefined) {
    problems.push({ path: at, message: 'expected a scenario (corridor-flow/scenario@1), found nothing' });
    return null;
  }
  const parsed = parseScenario(raw);
  if (parsed.ok) return parsed.scenario;
  for (const p of parsed.errors) problems.push({ path: p.path === '' ? at : `${at}.${p.path}`, message: p.message });
  return null;
}

function time(v: unknown, at: string, problems: Problem[]): string {
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return v;
  problems.push({ path: at, message: `expected an ISO date and time such as "2026-01-31T12:00:00.000Z", found ${describe(v)}` });
  return '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
