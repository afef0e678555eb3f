import type { NumberUnit } from '../../components/parse-number-input';
import { msg } from '../../components/i18n';
import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../model/types';
import { readNumber } from './default-range';

/** The texts of a from/to/steps form. */
export interface RangeText {
  readonly from: string;
  readonly to: string;
  readonly steps: string;
}

/** The from / to / steps inputs of one parameter; `name` prefixes the input names (`row-from`). */
export function renderRangeFields(name: string, range: RangeText, onChange: (range: RangeText) => void, maxSteps: number): TemplateResult {
  const input = (key: keyof RangeText, label: string, attrs: { min?: number; max?: number; step: string }) => html`
    <label class="field">
      <span>${label}</span>
      <input
        type=${key === 'steps' ? 'number' : 'text'}
        inputmode=${key === 'steps' ? 'numeric' : 'decimal'}
        name=${`${name}-${key}`}
        step=${attrs.step}
        min=${attrs.min ?? ''}
        max=${attrs.max ?? ''}
        .value=${range[key]}
        @input=${(e: Event) => onChange({ ...range, [key]: (e.target as HTMLInputElement).value })}
      />
    </label>
  `;
  return html`${input('from', msg('From'), { step: 'any' })}${input('to', msg('To'), { step: 'any' })}${input('steps', msg('Steps'), { min: 1, max: maxSteps, step: '1' })}`;
}

/** The numbers of a range form, or the problems with it (paths `<name>.from` …). */
export function readRange(
  name: string,
  range: RangeText,
  maxSteps: number,
  locale = 'en',
  unit: NumberUnit = 'plain',
): { readonly ok: true; readonly from: number; readonly to: number; readonly steps: number } | { readonly ok: false; readonly problems: Problem[] } {
  const from = readNumber(range.from, locale, unit);
  const to = readNumber(range.to, locale, unit);
  const steps = readNumber(range.steps, locale);
  const problems: Problem[] = [];
  if (from === null) problems.push({ path: `${name} from`, message: 'expected a number' });
  if (to === null) problems.push({ path: `${name} to`, message: 'expected a number' });
  if (steps === null || !Number.isInteger(steps) || steps < 1 || steps > maxSteps) {
    problems.push({ path: `${name} steps`, message: `expected a whole number from 1 to ${maxSteps}` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, from: from!, to: to!, steps: steps! };
}
