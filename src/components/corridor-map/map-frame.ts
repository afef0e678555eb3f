import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n';
import { styleProps } from '../style-props';
import type { MapRegion } from './corridor-map';
import type { MapGestures } from './map-gestures';
import type { MapInteraction } from './map-interaction';
import type { MapLabels } from './map-labels';
import { renderBackdrop, renderLabelLayers } from './map-layers';
import type { MapLayout } from './map-layout';
import { viewTransform, viewTranslation, type MapView } from './map-view';
import { renderZoomControls, type ZoomActions } from './map-zoom-controls';

/**
 * A layer of links or nodes: an SVG wrapping one chunk's content. `whole`:
 * a layer of merged paths, drawn whole and moved by a CSS transform
 * (see `viewTransform`) rather than by its viewBox.
 */
export type ChunkLayer = (content: unknown, whole?: boolean) => TemplateResult;

/** What the map's frame shows, and the handlers it wires. */
export interface MapFrameView {
  readonly layout: MapLayout;
  readonly view: MapView;
  readonly zoom: number;
  /** A demand's routes are traced (the other links fade). */
  readonly tracing: boolean;
  /** The frame's accessible name. */
  readonly label: string;
  readonly labels: MapLabels;
  /**
   * Labels in a layer drawn whole and moved by a CSS transform, like the
   * merged paths (a large network): in the top SVG, every pan moved by its
   * viewBox had the browser lay out all their texts again (20 ms and more
   * at 1M, hundreds of names in view and margin).
   */
  readonly wholeLabels: boolean;
  readonly regions: readonly MapRegion[];
  readonly notes: readonly string[];
  readonly interaction: MapInteraction;
  readonly gestures: MapGestures;
  readonly zoomActions: ZoomActions;
  /** The links' or the nodes' chunks, each in the layer given. */
  readonly chunks: (kind: 'links' | 'nodes', layer: ChunkLayer) => readonly TemplateResult[];
}

/**
 * The frame: the focusable top SVG with the labels over the backdrop and the
 * chunk layers, the help text, the zoom buttons, the tooltip and the notes.
 */
export function renderMapFrame(frame: MapFrameView): TemplateResult {
  const { layout, zoom, interaction, gestures } = frame;
  const v = frame.view;
  const viewBox = `${v.x} ${v.y} ${v.w} ${v.h}`;
  // Every layer is an SVG of its own, stacked in the frame with the same size and viewBox: each is
  // a paint layer of the browser, so a chunk drawn anew repaints its layer, not the whole map.
  const layer =
    (kind: 'links' | 'nodes'): ChunkLayer =>
    (content, whole = false) =>
      whole
        ? wholeLayer(kind, content)
        : html`<svg class="layer ${kind}" role="none" width=${layout.width} height=${layout.height} viewBox=${viewBox}>${content}</svg>`;
  const wholeLayer = (kind: string, content: unknown): TemplateResult => html`<svg
    class="layer ${kind} whole"
    role="none"
    width=${layout.width}
    height=${layout.height}
    viewBox="0 0 ${layout.width} ${layout.height}"
    style=${styleProps({ transform: viewTransform(v, layout.width) })}
  >
    ${content}
  </svg>`;
  // Labels: the zoom in the SVG's own scale (its size), as in the viewBox it replaces, so texts are laid out
  // for the zoom as before (scaled by a CSS transform, they were laid out at a tiny size and drawn blurred);
  // a pan is a translation only.
  const labelsLayer = (content: unknown): TemplateResult => html`<svg
    class="layer words whole sized"
    role="none"
    aria-hidden="true"
    width=${layout.width * zoom}
    height=${layout.height * zoom}
    viewBox="0 0 ${layout.width} ${layout.height}"
    style=${styleProps({ transform: viewTranslation(v, layout.width) })}
  >
    ${content}
  </svg>`;
  return html`<div
    class="frame ${zoom > 1 + 1e-9 ? 'zoomed' : ''} ${frame.tracing ? 'tracing' : ''}"
    style=${styleProps({ height: `${layout.height}px`, '--_inv': 1 / zoom })}
    role="group"
    aria-label=${frame.label}
    @click=${interaction.onClick}
    @keydown=${interaction.onKeyDown}
    @pointerover=${interaction.onPointerOver}
    @pointerleave=${interaction.onPointerLeave}
    @pointerdown=${gestures.down}
    @pointermove=${interaction.onPointerMove}
    @pointerup=${gestures.end}
    @pointercancel=${gestures.end}
    @wheel=${gestures.wheel}
    @focusin=${interaction.onFocusIn}
    @focusout=${interaction.onFocusOut}
  >
    ${frame.wholeLabels ? labelsLayer(renderLabelLayers(frame.labels)) : nothing}
    <svg
      part="map"
      class="layer top"
      width=${layout.width}
      height=${layout.height}
      viewBox=${viewBox}
      tabindex="0"
      role="img"
      aria-label=${msg('Zoom and pan view')}
      aria-describedby="map-help"
      @pointerleave=${interaction.onPointerLeave}
    >
      ${frame.wholeLabels ? nothing : renderLabelLayers(frame.labels)}
    </svg>
    <svg class="layer backdrop" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox=${viewBox}>${renderBackdrop(layout)}</svg>
    ${frame.chunks('links', layer('links'))}
    ${frame.chunks('nodes', layer('nodes'))}
    <p id="map-help" class="visually-hidden">
      ${msg('Scroll or pinch to zoom and drag to pan. With the map focused, plus and minus zoom, the arrow keys pan and 0 shows the whole network. Tab once more to reach the nodes and links; the arrow keys then move between them.')}
    </p>
    ${renderZoomControls(zoom, frame.regions, frame.zoomActions)}
    <div part="tooltip" class="tooltip" aria-hidden="true" hidden></div>
    ${frame.notes.length === 0 ? nothing : html`<p class="note">${frame.notes.join(' ')}</p>`}
  </div>`;
}
