import { html, type TemplateResult } from 'lit';
import { msg, str } from '../i18n';
import type { MapRegion } from './corridor-map';
import { ZOOM_STEP } from './map-keyboard';
import { MAX_ZOOM, type MapBounds } from './map-view';

/** What the zoom buttons do. */
export interface ZoomActions {
  zoomBy(factor: number): void;
  reset(): void;
  zoomTo(bounds: MapBounds): void;
}

/** The zoom buttons: in, out, back to the start view, and one per region offered (e.g. the Caucasus). */
export function renderZoomControls(zoom: number, regions: readonly MapRegion[], actions: ZoomActions): TemplateResult {
  return html`<div part="zoom" class="zoom">
    <button type="button" class="zoom-in" aria-label=${msg('Zoom in')} title=${msg('Zoom in (+)')} aria-disabled=${zoom >= MAX_ZOOM - 1e-6 ? 'true' : 'false'} @click=${() => actions.zoomBy(ZOOM_STEP)}>+</button>
    <button type="button" class="zoom-out" aria-label=${msg('Zoom out')} title=${msg('Zoom out (−)')} aria-disabled=${zoom <= 1 + 1e-6 ? 'true' : 'false'} @click=${() => actions.zoomBy(1 / ZOOM_STEP)}>−</button>
    <button type="button" class="zoom-reset" aria-label=${msg('Reset zoom')} title=${msg('Back to the start view (0)')} @click=${() => actions.reset()}>⟲</button>
    ${regions.map((r) => html`<button type="button" class="zoom-region" title=${msg(str`Zoom to ${r.label}`)} @click=${() => actions.zoomTo(r.bounds)}>${r.label}</button>`)}
  </div>`;
}

/** Keeps the in and out buttons' disabled state in step with a view moved without a render (a drag, a wheel). */
export function updateZoomControls(root: ParentNode, zoom: number): void {
  root.querySelector('.zoom-in')?.setAttribute('aria-disabled', zoom >= MAX_ZOOM - 1e-6 ? 'true' : 'false');
  root.querySelector('.zoom-out')?.setAttribute('aria-disabled', zoom <= 1 + 1e-6 ? 'true' : 'false');
}
