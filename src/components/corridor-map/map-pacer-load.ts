import type { FramePacer } from './map-frame-pacer';

let loaded: typeof FramePacer | null = null;

/**
 * Loads the frame pacer (map-frame-pacer.ts), a chunk of its own: only a
 * large network is drawn over frames (map-chunks.ts). The map asks for it
 * while it lays such a network out (map-staged-layout.ts); until it has
 * arrived, or if it cannot, a network is drawn at once.
 */
export function loadFramePacer(): Promise<unknown> {
  return import('./map-frame-pacer').then((module) => (loaded = module.FramePacer));
}

/** The frame pacer once it has arrived, else null. */
export function loadedFramePacer(): typeof FramePacer | null {
  return loaded;
}
