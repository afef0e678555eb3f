import { html, type TemplateResult } from 'lit';
import { elementLocale } from '../components/element-locale';
import { LANGUAGES, msg, supportedLanguage } from '../components/i18n';

/** localStorage key of the language chosen in the app's top bar. */
export const LANGUAGE_KEY = 'corridor-flow:lang';

/** Each language named in itself, so a reader finds theirs whatever the page shows. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', ru: 'Русский' };

/** The language chosen earlier in this browser, if any (storage may be off). */
export function rememberedLanguage(): string | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return stored !== null && LANGUAGES.includes(stored) ? stored : null;
  } catch {
    return null;
  }
}

function rememberLanguage(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage off: the choice holds for this page only.
  }
}

/**
 * The top bar's language switch: sets `lang` on `host` (which the page's
 * language follows) and remembers the choice for the next visit.
 */
export function renderLanguagePicker(host: HTMLElement): TemplateResult {
  const current = supportedLanguage(elementLocale(host));
  const choose = (event: Event): void => {
    const language = (event.target as HTMLSelectElement).value;
    rememberLanguage(language);
    host.lang = language;
  };
  return html`<label class="language">
    <select @change=${choose} aria-label=${msg('Language')}>
      ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === current}>${LANGUAGE_NAMES[l] ?? languageName(l)}</option>`)}
    </select>
  </label>`;
}

/** A language's name in itself (`kk` → `Қазақ тілі`), from the browser, for a language added by its translation file alone. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name === undefined || name === code ? code : name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
