import { nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { styleProps } from '../style-props';
import type { ChunkedDrawing } from './map-chunks';
import type { ChunkLayer } from './map-frame';
import { renderLinks, renderNodes, type ItemFigures } from './map-layers';
import { mergedDrawing } from './map-merged-load';
import type { ItemSubset } from './map-merged-view';
import type { MergedPaths } from './map-merged-paths-in-steps';

/** What the layers of nodes or links are drawn from, as of one render. */
export interface ItemLayersSource {
  readonly figures: ItemFigures;
  /** What the accessible names are made from: a new object when they change (a new scenario, result or language). */
  readonly words: unknown;
  /** The items drawn one by one, in chunks: every item, or (drawn merged) those in view. */
  readonly chunks: ChunkedDrawing;
  /** Drawn merged: the pinned items (focused, selected, hovered) drawn one by one besides those in view; null: not merged. */
  readonly pinned: ItemSubset | null;
  /** Drawn merged: the merged paths as far as they are worked out (null: none yet). */
  readonly paths: MergedPaths | null;
}

/**
 * The layers of links or of nodes: each chunk of items in a layer of its own;
 * for a network drawn merged, the merged paths first and the pinned items
 * last. Drawn chunks follow the present result and selection; one not
 * reached yet keeps what it last drew (the previous answer, restyled a
 * frame later) or, for a new network, stays empty.
 */
export function renderItemLayers(kind: 'links' | 'nodes', layer: ChunkLayer, source: ItemLayersSource): readonly TemplateResult[] {
  const { figures: f, chunks, pinned, paths, words } = source;
  // What a chunk's items show besides their own places: a change redraws the chunk (its items by guard).
  const shared = [f.linkResults, f.nodeResults, f.maxFlow, words, f.selected, f.routeLinks, f.changes];
  const deps = (chunk: readonly unknown[]): readonly unknown[] => [chunk, ...shared];
  const { nodeChunks, linkChunks } = chunks;
  const chunkLayers =
    kind === 'links'
      ? linkChunks.map((chunk, i) => layer(chunks.render(`link:${i}`, nodeChunks.length + i, deps(chunk), () => renderLinks(chunk, f))))
      : nodeChunks.map((chunk, i) => layer(chunks.render(`node:${i}`, i, deps(chunk), () => renderNodes(chunk, f))));
  const drawing = mergedDrawing();
  if (pinned === null || drawing === null) return chunkLayers;
  const merged = paths === null ? null : kind === 'links' ? paths.links : paths.nodes;
  const drawn = guard([merged], () => (merged === null ? nothing : drawing.renderMergedPaths(merged, styleProps)));
  const one = kind === 'links' ? renderLinks(pinned.links, f) : renderNodes(pinned.nodes, f);
  return [layer(drawn, true), ...chunkLayers, layer(one)];
}

