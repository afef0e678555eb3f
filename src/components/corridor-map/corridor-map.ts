import { html, LitElement, nothing, render, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { LinkResult, NodeKind, NodeResult, Result, Scenario, ScenarioLink, ScenarioNode } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatTonnes } from '../format';
import { nodeLabel } from '../item-names';
import { sharedStyles } from '../shared.styles';
import { corridorMapStyles } from './corridor-map.styles';
import { describeLink, describeNode, isBinding } from './map-describe';
import { layoutMap, placeFlowLabels, type FlowLabel, type LinkPlace, type MapLayout, type NodePlace } from './map-layout';
import { countriesWithin } from './region-outline';

/** What the map can select: a node or a link, by id. */
export interface MapSelection {
  readonly kind: 'node' | 'link';
  readonly id: string;
}

/** Detail of `corridor-select`. */
export type CorridorSelectDetail = MapSelection;

const MIN_WIDTH = 1.25;
const MAX_WIDTH = 12;
/** Lightest shade (share of the full colour) of an idle link; full links get 100%. */
const MIN_SHADE = 40;
const NEUTRAL_LINK = 'var(--corridor-map-link-color, #35424f)';
/** Links carrying at least this share of the largest flow get their flow written beside them. */
const FLOW_LABEL_SHARE = 0.12;
const MAX_FLOW_LABELS = 24;

interface Described {
  readonly title: string;
  readonly lines: readonly string[];
  readonly aria: string;
}

/**
 * @summary The network on a map of the region: flows as line widths, how
 * full each link is as its shade, binding capacities marked, corridor gates
 * in their corridor's colour.
 *
 * Offline: the country outline ships with the package (Natural Earth 1:110m
 * via `world-atlas`), the projection is computed here. Geometry is computed
 * once per scenario and width; a new result only restyles.
 *
 * Every node and link is focusable and has an accessible name with its flow,
 * capacity, utilisation and marginal value; hovering or focusing one shows
 * the same in a tooltip. Click, Enter or Space selects it.
 *
 * @event corridor-select - The user picked a node or a link. `detail: { kind: 'node' | 'link', id: string }`.
 *
 * @csspart base - The outer box.
 * @csspart map - The SVG.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart legend - The legend below the map.
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Colour of the selection and focus ring.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the gate links of the corridor with id `titr` (any id: `--corridor-color-<id>`); default: the corridor's `color`.
 * @cssproperty --corridor-color-tripp - Colour of the gate links of corridor `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the gate links of corridor `iran`.
 * @cssproperty --corridor-color-other - Not used by the map (links outside corridors use --corridor-map-link-color).
 * @cssproperty --corridor-color-unmet - Not used by the map.
 * @cssproperty --corridor-map-link-color - Colour of links that are no corridor's gate (default slate).
 * @cssproperty --corridor-map-land - Land fill.
 * @cssproperty --corridor-map-water - Water (background) fill.
 * @cssproperty --corridor-map-border - Country border colour.
 * @cssproperty --corridor-map-binding - Colour of the binding-capacity marker (default: the danger red).
 */
export class CorridorMap extends LitElement {
  static override styles = [sharedStyles, corridorMapStyles];

  static override properties = {
    scenario: { attribute: false },
    result: { attribute: false },
    selected: { attribute: false },
  };

  /** The network to draw (node positions, links, corridors); null shows a placeholder. */
  declare scenario: Scenario | null;
  /** Flows to draw on it (widths, shades, binding marks); null draws the network without flows. */
  declare result: Result | null;
  /** Highlighted item; setting it does not fire `corridor-select`. */
  declare selected: MapSelection | null;

  private width = 0;
  private layout: MapLayout | null = null;
  private layoutKey: { scenario: Scenario | null; width: number } = { scenario: null, width: -1 };
  private linkResults = new Map<string, LinkResult>();
  private nodeResults = new Map<string, NodeResult>();
  private linkById = new Map<string, ScenarioLink>();
  private nodeById = new Map<string, ScenarioNode>();
  private descriptions = new Map<string, Described>();
  private maxFlow = 0;
  private flowLabels: readonly FlowLabel[] = [];
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const width = Math.floor(entries[0]?.contentRect.width ?? 0);
          if (width > 0 && width !== this.width) {
            this.width = width;
            this.requestUpdate();
          }
        });

  constructor() {
    super();
    this.scenario = null;
    this.result = null;
    this.selected = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const width = this.width > 0 ? this.width : Math.floor(this.getBoundingClientRect().width) || 800;
    const scenarioChanged = changed.has('scenario');
    if (scenarioChanged) {
      this.linkById = new Map((this.scenario?.links ?? []).map((l) => [l.id, l]));
      this.nodeById = new Map((this.scenario?.nodes ?? []).map((n) => [n.id, n]));
    }
    const layoutChanged = this.layoutKey.scenario !== this.scenario || this.layoutKey.width !== width;
    if (layoutChanged) {
      this.layout = this.scenario === null ? null : layoutMap(this.scenario, width, countriesWithin);
      this.layoutKey = { scenario: this.scenario, width };
    }
    if (changed.has('result')) {
      const solved = this.result !== null && this.result.status === 'optimal' ? this.result : null;
      this.linkResults = new Map((solved?.links ?? []).map((l) => [l.id, l]));
      this.nodeResults = new Map((solved?.nodes ?? []).map((n) => [n.id, n]));
      this.maxFlow = Math.max(0, ...(solved?.links ?? []).map((l) => l.flow));
    }
    if (scenarioChanged || changed.has('result')) this.describeAll();
    if (scenarioChanged || changed.has('result') || layoutChanged) this.flowLabels = this.placeFlowLabels();
  }

  private lineWidth(flow: number): number {
    return flow > 1e-9 && this.maxFlow > 0
      ? MIN_WIDTH + 0.75 + (MAX_WIDTH - MIN_WIDTH - 0.75) * (flow / this.maxFlow)
      : MIN_WIDTH;
  }

  private placeFlowLabels(): readonly FlowLabel[] {
    const layout = this.layout;
    if (layout === null || this.maxFlow <= 0) return [];
    const locale = elementLocale(this);
    const wanted = layout.links
      .map((place) => ({ place, flow: this.linkResults.get(place.id)?.flow ?? 0 }))
      .filter(({ place, flow }) => place.enabled && flow >= this.maxFlow * FLOW_LABEL_SHARE)
      .sort((a, b) => b.flow - a.flow)
      .slice(0, MAX_FLOW_LABELS)
      .map(({ place, flow }) => ({
        id: place.id,
        text: formatTonnes(flow, { locale }).replace('/yr', ''),
        halfWidth: this.lineWidth(flow) / 2,
      }));
    return placeFlowLabels(layout, wanted);
  }

  /** Accessible names and tooltip lines: once per scenario or result, not per hover. */
  private describeAll(): void {
    this.descriptions = new Map();
    const scenario = this.scenario;
    const layout = this.layout;
    if (scenario === null || layout === null) return;
    const locale = elementLocale(this);
    const name = (id: string): string => nodeLabel(this.nodeById.get(id), id);
    for (const place of layout.links) {
      const link = this.linkById.get(place.id);
      if (link === undefined) continue;
      const title = `${name(link.from)} → ${name(link.to)}`;
      const d = describeLink(title, link, place, this.linkResults.get(place.id), this.result, locale);
      this.descriptions.set(`link:${place.id}`, { ...d, aria: `${d.title}. ${d.lines.join('. ')}` });
    }
    for (const place of layout.nodes) {
      const node = this.nodeById.get(place.id);
      if (node === undefined) continue;
      const d = describeNode(node, this.nodeResults.get(place.id), this.result, locale);
      this.descriptions.set(`node:${place.id}`, { ...d, aria: `${d.title}. ${d.lines.join('. ')}` });
    }
  }

  protected override render(): TemplateResult {
    const layout = this.layout;
    if (this.scenario === null || layout === null) {
      return html`<figure part="base" class="base">
        <div class="frame empty-state">No scenario loaded: the network map appears here.</div>
      </figure>`;
    }
    const notes: string[] = [];
    if (this.result === null) notes.push('Not solved yet: lines show the network without flows.');
    else if (this.result.status !== 'optimal') notes.push(`No flows: the scenario is ${this.result.status}.`);
    if (layout.unplaced > 0) {
      notes.push(`${layout.unplaced} node${layout.unplaced === 1 ? ' has' : 's have'} no coordinates and ${layout.unplaced === 1 ? 'is' : 'are'} not drawn.`);
    }
    return html`
      <figure part="base" class="base">
        <div class="frame" style="height:${layout.height}px">
          <svg
            part="map"
            width=${layout.width}
            height=${layout.height}
            viewBox="0 0 ${layout.width} ${layout.height}"
            role="group"
            aria-label=${`Map of ${this.scenario.name}: ${layout.nodes.length} nodes, ${layout.links.length} links`}
            @click=${this.onClick}
            @keydown=${this.onKeyDown}
            @pointerover=${this.onPointerOver}
            @pointerleave=${this.hideTooltip}
            @focusin=${this.onFocusIn}
            @focusout=${this.hideTooltip}
          >
            <defs>
              <clipPath id="frame"><rect width=${layout.width} height=${layout.height}></rect></clipPath>
            </defs>
            <rect class="water" width=${layout.width} height=${layout.height}></rect>
            <g class="countries" clip-path="url(#frame)" aria-hidden="true">
              ${layout.countries.map((d) => svg`<path d=${d}></path>`)}
            </g>
            <g class="links">${layout.links.map((place) => this.renderLink(place))}</g>
            <g class="nodes">${layout.nodes.map((place) => this.renderNode(place))}</g>
            <g class="flow-labels" aria-hidden="true">
              ${this.flowLabels.map((l) => svg`<text x=${l.x} y=${l.y} text-anchor="middle">${l.text}</text>`)}
            </g>
            <g class="labels" aria-hidden="true">
              ${layout.labels.map(
                (l) => svg`<text x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`,
              )}
            </g>
          </svg>
          <div part="tooltip" class="tooltip" aria-hidden="true" hidden></div>
          ${notes.length === 0 ? nothing : html`<p class="note">${notes.join(' ')}</p>`}
        </div>
        ${this.renderLegend()}
      </figure>
    `;
  }

  private renderLink(place: LinkPlace): SVGTemplateResult {
    const outcome = this.linkResults.get(place.id);
    const flow = outcome?.flow ?? 0;
    const width = this.lineWidth(flow);
    const utilisation = Math.min(Math.max(outcome?.utilisation ?? 0, 0), 1);
    const shade = Math.round(MIN_SHADE + (100 - MIN_SHADE) * utilisation);
    const paint = place.gate?.paint ?? NEUTRAL_LINK;
    const color = place.enabled ? `color-mix(in srgb, ${paint} ${shade}%, white)` : '#9aa3ad';
    const binding = place.enabled && outcome !== undefined && isBinding(outcome.utilisation, outcome.marginalValue);
    const selected = this.selected?.kind === 'link' && this.selected.id === place.id;
    const classes = ['link', place.enabled ? '' : 'closed', place.gate === null ? '' : 'gate', selected ? 'selected' : '']
      .filter((c) => c !== '')
      .join(' ');
    const arrowSize = Math.max(3.5, width * 0.55);
    return svg`<g
      class=${classes}
      data-kind="link"
      data-id=${place.id}
      tabindex="0"
      role="button"
      aria-label=${this.descriptions.get(`link:${place.id}`)?.aria ?? place.id}
      aria-current=${selected ? 'true' : 'false'}
    >
      <path class="hit" d=${place.d} style="stroke-width:${Math.max(width + 8, 12)}px"></path>
      <path class="line" d=${place.d} style="stroke:${color};stroke-width:${width}px"></path>
      ${flow > 1e-9
        ? svg`<path class="arrow" transform="translate(${place.arrow.x} ${place.arrow.y}) rotate(${(place.arrow.angle * 180) / Math.PI})"
            d="M${-arrowSize} ${-arrowSize}L${arrowSize * 0.6} 0L${-arrowSize} ${arrowSize}" style="stroke:${width >= 5 ? '#fff' : color}"></path>`
        : nothing}
      ${binding
        ? svg`<circle class="binding" cx=${place.marker.x} cy=${place.marker.y} r=${Math.max(4, width / 2 + 1.5)}></circle>`
        : nothing}
    </g>`;
  }

  private renderNode(place: NodePlace): SVGTemplateResult {
    const outcome = this.nodeResults.get(place.id);
    const binding = place.enabled && outcome !== undefined && isBinding(outcome.utilisation, outcome.marginalValue);
    const selected = this.selected?.kind === 'node' && this.selected.id === place.id;
    const classes = ['node', `kind-${place.kind}`, place.enabled ? '' : 'closed', binding ? 'binding' : '', selected ? 'selected' : '']
      .filter((c) => c !== '')
      .join(' ');
    return svg`<g
      class=${classes}
      data-kind="node"
      data-id=${place.id}
      transform="translate(${place.x} ${place.y})"
      tabindex="0"
      role="button"
      aria-label=${this.descriptions.get(`node:${place.id}`)?.aria ?? place.id}
      aria-current=${selected ? 'true' : 'false'}
    >
      <circle class="hit" r="11"></circle>
      ${binding ? svg`<circle class="binding-ring" r="9"></circle>` : nothing}
      ${nodeSymbol(place.kind)}
    </g>`;
  }

  private renderLegend(): TemplateResult {
    const locale = elementLocale(this);
    const corridors = new Map<string, { label: string; paint: string }>();
    for (const place of this.layout?.links ?? []) {
      if (place.gate !== null && !corridors.has(place.gate.id)) corridors.set(place.gate.id, place.gate);
    }
    const kinds = [...new Set((this.layout?.nodes ?? []).map((n) => n.kind))];
    const line = (stroke: string, width: number, dashed = false): TemplateResult =>
      html`<svg class="key" width="28" height="14" aria-hidden="true">
        <line x1="2" y1="7" x2="26" y2="7" style="stroke:${stroke};stroke-width:${width}px${dashed ? ';stroke-dasharray:4 3' : ''}"></line>
      </svg>`;
    return html`
      <figcaption part="legend" class="legend">
        <ul>
          ${[...corridors.values()].map(
            (c) => html`<li>${line(c.paint, 5)}${c.label} gate</li>`,
          )}
          <li>${line(NEUTRAL_LINK, 5)}Other link</li>
          <li>
            ${line(`color-mix(in srgb, ${NEUTRAL_LINK} 30%, white)`, 2)}${line(NEUTRAL_LINK, 9)}
            Width: freight${this.maxFlow > 0 ? ` (widest ${formatTonnes(this.maxFlow, { locale })})` : ''}
          </li>
          <li>
            <span class="ramp" aria-hidden="true"></span>
            Shade: share of capacity used, 0–100%
          </li>
          <li>
            <svg class="key" width="16" height="14" aria-hidden="true"><circle class="binding" cx="8" cy="7" r="4.5"></circle></svg>
            Capacity binds
          </li>
          <li>${line('#9aa3ad', 2, true)}Closed</li>
          ${kinds.map(
            (k) => html`<li>
              <svg class="key node kind-${k}" width="16" height="16" aria-hidden="true">
                <g transform="translate(8 8)">${nodeSymbol(k)}</g>
              </svg>
              ${KIND_LABELS[k]}
            </li>`,
          )}
        </ul>
      </figcaption>
    `;
  }

  private itemOf(event: Event): { kind: 'node' | 'link'; id: string; element: SVGGElement } | null {
    for (const target of event.composedPath()) {
      if (!(target instanceof SVGGElement)) continue;
      const kind = target.dataset['kind'];
      const id = target.dataset['id'];
      if ((kind === 'node' || kind === 'link') && id !== undefined) return { kind, id, element: target };
    }
    return null;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const item = this.itemOf(event);
    if (item !== null) this.select(item.kind, item.id);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const item = this.itemOf(event);
    if (item === null) return;
    event.preventDefault();
    this.select(item.kind, item.id);
  };

  private select(kind: 'node' | 'link', id: string): void {
    const detail: CorridorSelectDetail = { kind, id };
    this.dispatchEvent(new CustomEvent<CorridorSelectDetail>('corridor-select', { detail, bubbles: true, composed: true }));
  }

  private readonly onPointerOver = (event: PointerEvent): void => {
    const item = this.itemOf(event);
    if (item === null) this.hideTooltip();
    else this.showTooltip(item.kind, item.id);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const item = this.itemOf(event);
    if (item !== null) this.showTooltip(item.kind, item.id);
  };

  private showTooltip(kind: 'node' | 'link', id: string): void {
    const tooltip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    const layout = this.layout;
    const described = this.descriptions.get(`${kind}:${id}`);
    if (tooltip === null || layout === null || described === undefined) return;
    let x = 0;
    let y = 0;
    if (kind === 'node') {
      const place = layout.nodes.find((n) => n.id === id);
      x = place?.x ?? 0;
      y = place?.y ?? 0;
    } else {
      const place = layout.links.find((l) => l.id === id);
      x = place?.marker.x ?? 0;
      y = place?.marker.y ?? 0;
    }
    // Lit's render escapes names, so a hostile name shows as text.
    render(
      html`<strong>${described.title}</strong>${described.lines.map((line) => html`<span>${line}</span>`)}`,
      tooltip,
    );
    tooltip.hidden = false;
    const box = { w: tooltip.offsetWidth, h: tooltip.offsetHeight };
    const left = x + 14 + box.w > layout.width ? Math.max(4, x - 14 - box.w) : x + 14;
    const top = y + 14 + box.h > layout.height ? Math.max(4, y - 14 - box.h) : y + 14;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }

  private readonly hideTooltip = (): void => {
    const tooltip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    if (tooltip !== null) tooltip.hidden = true;
  };
}

const KIND_LABELS: Record<NodeKind, string> = {
  port: 'Port',
  rail: 'Rail node',
  border: 'Border crossing',
  city: 'City',
  hub: 'Hub',
};

function nodeSymbol(kind: NodeKind): SVGTemplateResult {
  switch (kind) {
    case 'port':
      return svg`<circle class="symbol" r="5"></circle>`;
    case 'rail':
      return svg`<rect class="symbol" x="-4.5" y="-4.5" width="9" height="9"></rect>`;
    case 'border':
      return svg`<path class="symbol" d="M0 -6L6 0L0 6L-6 0Z"></path>`;
    case 'city':
      return svg`<circle class="symbol filled" r="5"></circle>`;
    case 'hub':
      return svg`<path class="symbol" d="M5.5 0L2.75 4.76L-2.75 4.76L-5.5 0L-2.75 -4.76L2.75 -4.76Z"></path>`;
  }
}

if (!customElements.get('corridor-map')) customElements.define('corridor-map', CorridorMap);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-map': CorridorMap;
  }
}
