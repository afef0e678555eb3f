/**
 * `styleProps`: computed styles (a bar's width, a corridor's colour, a
 * custom property) set through the CSSOM, never as a `style` attribute.
 *
 * A page under `style-src 'self'` (no `'unsafe-inline'`) refuses every style
 * *attribute* a script writes (`style-src-attr`), including the one Lit's
 * `styleMap` writes on first render (lit/lit#4719); `element.style.setProperty`
 * is the CSSOM, which no policy blocks. So this directive does what
 * `styleMap` does on later renders, on the first one too, and returns
 * `noChange` so that Lit never commits the attribute.
 *
 * ```ts
 * html`<div class="bar" style=${styleProps({ width: `${share * 100}%`, '--paint': color })}></div>`
 * ```
 *
 * Names are CSS property names as in a stylesheet (`background-color`,
 * `stroke-width`, `--swatch`), not camelCase. A value of `null`,
 * `undefined` or `''` removes the property; a number is written with
 * `String()` (fine for unitless properties such as `opacity` and custom
 * properties, not for lengths: write `'12px'`). A value the browser does not
 * accept for the property is ignored by it, as in a stylesheet, so untrusted
 * text cannot reach another property.
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS property name (dash-case, or a `--custom` property) → value. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  /** The properties this directive set last time, to remove those that disappear. */
  private readonly previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    const strings = (partInfo as { strings?: readonly string[] }).strings;
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      (strings !== undefined && (strings.length > 2 || strings.some((s) => s.trim() !== '')))
    ) {
      throw new Error(
        'styleProps: use it as the whole value of a `style` attribute (style=${styleProps({ … })}); ' +
          'static text beside it would never be written.',
      );
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (isUnset(props[name])) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (isUnset(value)) continue;
      // Set every time, even when unchanged: something else (a zoom handler)
      // may have changed it since, and the browser ignores a same-value set.
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

function isUnset(value: string | number | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/**
 * Sets CSS properties on the element through the CSSOM (allowed under
 * `style-src 'self'`); the whole value of its `style` attribute binding.
 */
export const styleProps = directive(StylePropsDirective);
