import { html, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../model/types';
import { observationFits } from './observation-fits';
import '../components/corridor-observations/corridor-observations';

/** The scenario's observations beside the answer's figures, under the split (only when it has some). */
export function renderObservations(scenario: Scenario, result: Result): TemplateResult {
  return html`<corridor-observations class="observations" .fits=${observationFits(scenario, result)} .scenario=${scenario}></corridor-observations>`;
}
