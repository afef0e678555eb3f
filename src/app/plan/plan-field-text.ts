import { parseNumberInput } from '../../components/parse-number-input';
import { formatNumberText } from '../../components/corridor-editor/format-number-text';

/** A number field's text as the scenario value: the number, absent, or the text itself (so the check quotes it). */
export function numberOrText(raw: string, scale: number, locale: string): number | string | undefined {
  const read = parseNumberInput(raw, { locale });
  if (read.kind === 'empty') return undefined;
  return read.kind === 'number' ? read.value / scale : read.text;
}

/** A value shown in a field: scaled (a rate as %) when it is a number, as typed otherwise. */
export function shown(value: unknown, scale: number, grouping: boolean, locale: string): string {
  return typeof value === 'number' ? formatNumberText(Number((value * scale).toPrecision(12)), grouping, locale) : formatNumberText(value, grouping, locale);
}
