import { msg } from '../i18n';
import { svg, type SVGTemplateResult } from 'lit';
import type { NodeKind } from '../../model/types';

/** A node kind's name in the page's language (read when drawn: the language can change). */
export const kindLabel = (kind: NodeKind): string =>
  ({ port: msg('Port'), rail: msg('Rail node'), border: msg('Border crossing'), city: msg('City'), hub: msg('Hub') })[kind];

/** A node's symbol centred on (`x`, `y`), in map coordinates (no transform: see renderLink). */
export function nodeSymbol(kind: NodeKind, x = 0, y = 0): SVGTemplateResult {
  const at = (dx: number, dy: number): string => `${round2(x + dx)} ${round2(y + dy)}`;
  switch (kind) {
    case 'port':
      return svg`<circle class="symbol" cx=${x} cy=${y} r="5"></circle>`;
    case 'rail':
      return svg`<rect class="symbol" x=${x - 4.5} y=${y - 4.5} width="9" height="9"></rect>`;
    case 'border':
      return svg`<path class="symbol" d="M${at(0, -6)}L${at(6, 0)}L${at(0, 6)}L${at(-6, 0)}Z"></path>`;
    case 'city':
      return svg`<circle class="symbol filled" cx=${x} cy=${y} r="5"></circle>`;
    case 'hub':
      return svg`<path class="symbol" d="M${at(5.5, 0)}L${at(2.75, 4.76)}L${at(-2.75, 4.76)}L${at(-5.5, 0)}L${at(-2.75, -4.76)}L${at(2.75, -4.76)}Z"></path>`;
  }
}

/** The arrowhead (a chevron of half-size `size`) at `arrow`, pointing along its angle, in map coordinates. */
export function arrowPath(arrow: { readonly x: number; readonly y: number; readonly angle: number }, size: number): string {
  const cos = Math.cos(arrow.angle);
  const sin = Math.sin(arrow.angle);
  const at = (u: number, v: number): string => `${round2(arrow.x + u * cos - v * sin)} ${round2(arrow.y + u * sin + v * cos)}`;
  return `M${at(-size, -size)}L${at(size * 0.6, 0)}L${at(-size, size)}`;
}

/** `transform-origin` of a zoom-scaled element drawn about a map point (user units are px in the map's viewBox). */
export function origin(point: { readonly x: number; readonly y: number }): string {
  return `${round2(point.x)}px ${round2(point.y)}px`;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

