import { msg, str } from '../components/i18n';
import { formatSize, formatSizeOver } from '../model/format-size';
import { parseScenario } from '../model/parse-scenario';
import type { Problem, Scenario } from '../model/types';

/** What a scenario file the user imported holds: a valid scenario, or everything wrong with it. */
export type ReadScenarioFileOutcome = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads and validates an imported or dropped scenario file. A chunk of its own
 * (importing is rare and user-started); a file that cannot be read throws, as
 * this chunk failing to load does, and the loader reports both alike.
 */
export async function readScenarioFile(file: File, maxBytes: number): Promise<ReadScenarioFileOutcome> {
  if (file.size > maxBytes) {
    return { ok: false, problems: [{ path: '', message: msg(str`the file is ${formatSizeOver(file.size, maxBytes)}; at most ${formatSize(maxBytes)} can be imported`) }] };
  }
  const parsed = parseScenario(await file.text());
  return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, problems: parsed.errors };
}
