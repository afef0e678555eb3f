import type { Scenario } from '../../model/types';
import { fileStem } from '../file-stem';

/**
 * The model menu's entry for the file the scenario came from: its id while
 * the scenario is the file's, "(edited)" after any change, so the menu never
 * claims an edited scenario is the shipped file.
 */
export function modelMenuLabel(modelId: string, edited: boolean): string {
  return edited ? `${modelId} (edited)` : modelId;
}

/**
 * The scenario as exported: an edit of a shipped model that still carries
 * the model's name is exported as "… (edited)", so the file, and the
 * scenario it opens as, cannot pass for the original.
 */
export function exportedScenario(scenario: Scenario, model: Scenario | null): Scenario {
  if (model === null || scenario === model || scenario.name !== model.name) return scenario;
  return { ...scenario, name: `${scenario.name} (edited)` };
}

/** File name stem of an export of `scenario` (see exportedScenario). */
export function exportStem(scenario: Scenario, model: Scenario | null): string {
  return fileStem(exportedScenario(scenario, model).name);
}
