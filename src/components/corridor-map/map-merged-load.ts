import type { MapLayout } from './map-layout';

/**
 * From this many items (nodes and links) on, the map draws its network as
 * merged paths (one `<path>` per look: colour, width, dashes, emphasis)
 * rather than as an element per item: a 2,500-node, 9,750-link network as
 * elements cost the browser 0.2–0.6 s a pass of style, layout and paint, and
 * drawing it in chunks took some 400 layers. Even the 100× network's 2,390
 * items made 8,588 elements, whose layout and paint alone put the plan's
 * answer over 50 ms a frame; merged (401 elements) it has none. Below it
 * (every model in models/, the tests' 1,528-item grid), every item is an
 * element as before; seen closer, the items in view are elements anyway.
 */
export const MERGED_ITEMS = 2000;

type MergedDrawingModule = typeof import('./map-merged-drawing');

let loaded: MergedDrawingModule | null = null;
let loading: Promise<MergedDrawingModule> | null = null;

/**
 * Loads the merged drawing (map-merged-drawing.ts, a chunk of its own: only
 * a network this large needs it), once; the map asks for it while it lays
 * such a network out, before the update that draws it.
 */
export function loadMergedDrawing(): Promise<MergedDrawingModule> {
  loading ??= import('./map-merged-drawing').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The merged drawing, or null before it is loaded. */
export function mergedDrawing(): MergedDrawingModule | null {
  return loaded;
}

/** Whether a layout is large enough to be drawn merged (once the merged drawing is loaded: until then, item by item). */
export function drawsMerged(layout: MapLayout | null): boolean {
  return loaded !== null && layout !== null && layout.nodes.length + layout.links.length >= MERGED_ITEMS;
}
