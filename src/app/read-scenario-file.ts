import { msg, str } from '../components/i18n';
import { formatSize, formatSizeOver } from '../model/format-size';
import { parseScenario } from '../model/parse-scenario';
import type { ParseOutcome, Problem, Scenario } from '../model/types';
import { isLargeScenarioInput, loadLargeScenarioChunk } from './large-scenario';

/**
 * What a scenario file the user imported holds: a valid scenario with the
 * outcome of validating it (not to be repeated when it is opened), or
 * everything wrong with it.
 */
export type ReadScenarioFileOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly parsed: ParseOutcome & { readonly ok: true } }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads and validates an imported or dropped scenario file. A chunk of its own
 * (importing is rare and user-started); a file that cannot be read throws, as
 * this chunk failing to load does, and the loader reports both alike. A
 * large file (large-scenario.ts) is validated in slices, `pause()` between
 * them (`pauseForPage` unless given), as a large scenario set as a whole is: its whole check would hold
 * the page for tens of milliseconds (its chunk failing to load throws too).
 */
export async function readScenarioFile(file: File, maxBytes: number, pause?: () => Promise<void>): Promise<ReadScenarioFileOutcome> {
  if (file.size > maxBytes) {
    return { ok: false, problems: [{ path: '', message: msg(str`the file is ${formatSizeOver(file.size, maxBytes)}; at most ${formatSize(maxBytes)} can be imported`) }] };
  }
  const text = await file.text();
  let parsed;
  if (isLargeScenarioInput(text)) {
    const chunk = await loadLargeScenarioChunk();
    parsed = await chunk.parseScenarioInSlices(text, pause ?? chunk.pauseForPage);
  } else parsed = parseScenario(text);
  return parsed.ok ? { ok: true, scenario: parsed.scenario, parsed } : { ok: false, problems: parsed.errors };
}
