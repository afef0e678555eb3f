import type { NumberUnit, parseNumberInput as ParseNumberInput } from '../parse-number-input';
import { msg } from '../i18n';
import { COLLECTIONS } from './columns';
import type { Collection } from './edit-scenario';

/**
 * The number parser (parse-number-input.ts, locales and units) is a chunk of its own, asked for as soon as an
 * editor connects: it is needed only once someone types, and the page's first script stays small.
 */
let numberParser: typeof ParseNumberInput | null = null;
function loadNumberParser(): Promise<typeof ParseNumberInput> {
  return import('../parse-number-input').then((module) => (numberParser = module.parseNumberInput));
}

/** Which units a field accepts, from the unit it shows. */
function numberUnit(unit: string | undefined): NumberUnit {
  // The unit is shown in the reader's language ('т/год' in Russian): compare with the same msg().
  if (unit === msg('t/yr') || unit === 't') return 'tonnes';
  if (unit === msg('USD/t') || unit === msg('USD/t/day')) return 'usd';
  if (unit === '0–1') return 'fraction';
  return 'plain';
}

/**
 * Number entry of one editor: reads what is typed in a number field in the
 * reader's locale with the units the field shows, and keeps why the text last
 * typed in a field could not be read, shown with the validator's problems there.
 */
export class NumberEntry {
  /** Parser messages by problem key (`links[3].capacity`). */
  readonly #messages = new Map<string, string>();

  /** Starts loading the parser (an editor connected). */
  preload(): void {
    if (numberParser === null) void loadNumberParser();
  }

  /** Why the text last typed at a field key could not be read, if it could not. */
  messageAt(key: string): string | undefined {
    return this.#messages.get(key);
  }

  /**
   * Reads `raw` typed at a field and hands `set` what it becomes in the scenario: absent, a number, or the text
   * itself for the validator to flag (with the parser's message beside it).
   */
  read(raw: string, collection: Collection, index: number, field: string, locale: string, set: (value: unknown) => void): void {
    // The parser is loaded when the editor connects, long before anyone types; were it not yet there, wait for it.
    if (numberParser !== null) set(this.#fromText(numberParser, raw, collection, index, field, locale));
    else void loadNumberParser().then((parse) => set(this.#fromText(parse, raw, collection, index, field, locale)));
  }

  #fromText(parse: typeof ParseNumberInput, raw: string, collection: Collection, index: number, field: string, locale: string): unknown {
    const column = COLLECTIONS[collection].columns.find((c) => c.field === field);
    const parsed = parse(raw, { locale, unit: numberUnit(column?.unit) });
    const key = `${collection}[${index}].${field}`;
    if (parsed.kind === 'invalid') this.#messages.set(key, parsed.message);
    else this.#messages.delete(key);
    if (parsed.kind === 'empty') return undefined;
    return parsed.kind === 'number' ? parsed.value : parsed.text;
  }
}
