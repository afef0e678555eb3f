export { LANGUAGES, getLocale, showLanguage, supportedLanguage } from './locale';
export { localized } from './localized';
export { msg, str } from '@lit/localize';
