import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LinkResult, NodeResult, ScenarioLink, ScenarioNode } from '../../model/types';
import { styleProps } from '../style-props';
import type { ItemKey } from './map-item-key';
import type { MapLabels } from './map-labels';
import type { LinkPlace, MapLayout, NodePlace } from './map-layout';
import { isBinding, lineWidth, NEUTRAL_LINK } from './map-line-look';
import { arrowPath, nodeSymbol, origin } from './map-symbols';

/** Lightest shade (share of the full colour) of an idle link; full links get 100%. */
const MIN_SHADE = 40;

export { lineWidth };

/** How one link is drawn besides its place. */
export interface LinkLook {
  readonly outcome: LinkResult | undefined;
  readonly maxFlow: number;
  readonly selected: boolean;
  /** Flow change against the pinned base, t/yr; undefined without one. */
  readonly change: number | undefined;
  /** Carries the traced demand. */
  readonly onRoute: boolean;
  /** `0` for the one item in the tab order, else `-1`. */
  readonly tabIndex: string;
  readonly aria: string;
}

/** A link: a wide invisible hit line, the base's halo, the line (width by flow, shade by utilisation), its arrow and binding marker. */
export function renderLinkItem(place: LinkPlace, look: LinkLook): SVGTemplateResult {
  const { outcome, selected, change, onRoute } = look;
  const flow = outcome?.flow ?? 0;
  const width = lineWidth(flow, look.maxFlow);
  const utilisation = Math.min(Math.max(outcome?.utilisation ?? 0, 0), 1);
  const shade = Math.round(MIN_SHADE + (100 - MIN_SHADE) * utilisation);
  const paint = place.gate?.paint ?? NEUTRAL_LINK;
  const color = place.enabled ? `color-mix(in srgb, ${paint} ${shade}%, white)` : '#9aa3ad';
  const binding = place.enabled && outcome !== undefined && isBinding(outcome.utilisation, outcome.marginalValue);
  const classes = ['link', place.enabled ? '' : 'closed', place.gate === null ? '' : 'gate', selected ? 'selected' : '', onRoute ? 'on-route' : '']
    .filter((c) => c !== '')
    .join(' ');
  const arrowSize = Math.max(3.5, width * 0.55);
  // Arrow and marker are drawn at their point and, zoomed in, scaled back by the zoom about it (the
  // stylesheet's .zs), so they keep their size on screen. In map coordinates, with no transform of
  // their own: thousands of transforms would cost every frame of the browser's compositing.
  return svg`<g
    class=${classes}
    data-kind="link"
    data-id=${place.id}
    tabindex=${look.tabIndex}
    role="button"
    aria-label=${look.aria}
    aria-current=${selected ? 'true' : 'false'}
  >
    <path class="hit" d=${place.d} style=${styleProps({ 'stroke-width': `${Math.max(width + 8, 12)}px` })}></path>
    ${change === undefined
      ? nothing
      : svg`<path class=${change > 0 ? 'change gained' : 'change lost'} d=${place.d} style=${styleProps({ 'stroke-width': `${width + 6}px` })}></path>`}
    <path class="line" d=${place.d} style=${styleProps({ stroke: color, 'stroke-width': `${width}px` })}></path>
    ${flow > 1e-9
      ? svg`<path class="arrow zs" d=${arrowPath(place.arrow, arrowSize)} style=${styleProps({ stroke: width >= 5 ? '#fff' : color, 'transform-origin': origin(place.arrow) })}></path>`
      : nothing}
    ${binding
      ? svg`<circle class="binding zs centred" cx=${place.marker.x} cy=${place.marker.y} r=${Math.max(4, width / 2 + 1.5)}></circle>`
      : nothing}
  </g>`;
}

/** How one node is drawn besides its place. */
export interface NodeLook {
  readonly outcome: NodeResult | undefined;
  readonly selected: boolean;
  readonly tabIndex: string;
  readonly aria: string;
}

/** A node: its kind's symbol, a hit circle, and a ring when its capacity binds. */
export function renderNodeItem(place: NodePlace, look: NodeLook): SVGTemplateResult {
  const { outcome, selected } = look;
  const binding = place.enabled && outcome !== undefined && isBinding(outcome.utilisation, outcome.marginalValue);
  const classes = ['node', `kind-${place.kind}`, place.enabled ? '' : 'closed', binding ? 'binding' : '', selected ? 'selected' : '']
    .filter((c) => c !== '')
    .join(' ');
  return svg`<g
    class=${classes}
    data-kind="node"
    data-id=${place.id}
    tabindex=${look.tabIndex}
    role="button"
    aria-label=${look.aria}
    aria-current=${selected ? 'true' : 'false'}
  >
    <g class="zs centred">
      <circle class="hit" cx=${place.x} cy=${place.y} r="11"></circle>
      ${binding ? svg`<circle class="binding-ring" cx=${place.x} cy=${place.y} r="9"></circle>` : nothing}
      ${nodeSymbol(place.kind, place.x, place.y)}
    </g>
  </g>`;
}

/** What the items of a layer show besides their places: the answer, the selection and the emphasis, as of one render. */
export interface ItemFigures {
  readonly linkById: ReadonlyMap<string, ScenarioLink>;
  readonly nodeById: ReadonlyMap<string, ScenarioNode>;
  readonly linkResults: ReadonlyMap<string, LinkResult>;
  readonly nodeResults: ReadonlyMap<string, NodeResult>;
  readonly maxFlow: number;
  readonly selected: { readonly kind: 'node' | 'link'; readonly id: string } | null;
  /** Links of the traced demand, or null. */
  readonly routeLinks: ReadonlySet<string> | null;
  /** Flow changes against the pinned base, t/yr, by link id. */
  readonly changes: ReadonlyMap<string, number>;
  tabIndexOf(key: ItemKey): string;
  linkAria(place: LinkPlace): string;
  nodeAria(place: NodePlace): string;
}

/**
 * A chunk's links, kept by id (`repeat`); each link's template only re-runs
 * when its place, outcome, selection, emphasis or the width scale changed
 * (`guard`): a new result updates attributes, it does not rebuild the geometry.
 */
export function renderLinks(chunk: readonly LinkPlace[], f: ItemFigures): unknown {
  return repeat(
    chunk,
    (place) => place.id,
    (place) => {
      const o = f.linkResults.get(place.id);
      const selected = f.selected?.kind === 'link' && f.selected.id === place.id;
      const change = f.changes.get(place.id);
      const onRoute = f.routeLinks?.has(place.id);
      // By value: a re-solve gives every link a new outcome object, but most carry the same numbers.
      return guard([place, f.linkById.get(place.id), o?.flow, o?.utilisation, o?.marginalValue, o?.reducedCost, f.maxFlow, selected, onRoute, change], () =>
        renderLinkItem(place, {
          outcome: o,
          maxFlow: f.maxFlow,
          selected,
          change,
          onRoute: onRoute === true,
          tabIndex: f.tabIndexOf(`link:${place.id}`),
          aria: f.linkAria(place),
        }),
      );
    },
  );
}

/** A chunk's nodes, kept as renderLinks keeps links. */
export function renderNodes(chunk: readonly NodePlace[], f: ItemFigures): unknown {
  return repeat(
    chunk,
    (place) => place.id,
    (place) => {
      const o = f.nodeResults.get(place.id);
      const selected = f.selected?.kind === 'node' && f.selected.id === place.id;
      return guard([place, f.nodeById.get(place.id), o?.throughput, o?.utilisation, o?.marginalValue, selected], () =>
        renderNodeItem(place, { outcome: o, selected, tabIndex: f.tabIndexOf(`node:${place.id}`), aria: f.nodeAria(place) }),
      );
    },
  );
}

/** The flow figures and node names, drawn again only when the placed labels change. */
export function renderLabelLayers(labels: MapLabels): SVGTemplateResult {
  return svg`<g class="flow-labels" aria-hidden="true">
      ${guard([labels.flows], () =>
        repeat(
          labels.flows,
          (l) => l.id,
          (l) => svg`<text class="zs" x=${l.x + l.dx} y=${l.y + l.dy} text-anchor="middle" style=${styleProps({ 'transform-origin': origin(l) })}>${l.text}</text>`,
        ),
      )}
    </g>
    <g class="labels" aria-hidden="true">
      ${guard([labels.names], () =>
        repeat(
          labels.names,
          (l) => l.id,
          (l) => svg`<text class="zs" x=${l.x + l.dx} y=${l.y + l.dy} text-anchor=${l.anchor} style=${styleProps({ 'transform-origin': origin(l) })}>${l.text}</text>`,
        ),
      )}
    </g>`;
}

/** Water and the countries' outlines, clipped to the frame. */
export function renderBackdrop(layout: MapLayout): SVGTemplateResult {
  return svg`<defs>
      <clipPath id="frame"><rect width=${layout.width} height=${layout.height}></rect></clipPath>
    </defs>
    <rect class="water" width=${layout.width} height=${layout.height}></rect>
    <g class="countries" clip-path="url(#frame)">
      ${guard([layout.countries], () => layout.countries.map((d) => svg`<path d=${d}></path>`))}
    </g>`;
}
