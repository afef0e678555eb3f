import { updateWhenLocaleChanges } from '@lit/localize';
import type { ReactiveElement } from 'lit';
import { LangController } from './lang-controller';

/**
 * `@lit/localize`'s `@localized()` (render again when the page's language
 * changes) plus `lang`: the element sets the page's language from the `lang`
 * of itself or its closest ancestor (see `LangController`). Use it on every
 * element that shows text.
 */
export const localized =
  () =>
  <C extends typeof ReactiveElement>(element: C): C => {
    element.addInitializer(updateWhenLocaleChanges);
    element.addInitializer((host) => new LangController(host as ReactiveElement & HTMLElement));
    return element;
  };
