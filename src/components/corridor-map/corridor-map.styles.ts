import { mapFrameStyles } from './map-frame.styles';
import { mapZoomControlStyles } from './map-zoom-controls.styles';
import { mapLayerStyles } from './map-layers.styles';
import { mapOverlayStyles } from './map-overlays.styles';
import { mapLegendStyles } from './map-legend.styles';

/** The map's own styles, by part, in cascade order; tokens (`--_line`, `--_accent`, …) come from `sharedStyles`. */
export const corridorMapStyles = [mapFrameStyles, mapZoomControlStyles, mapLayerStyles, mapOverlayStyles, mapLegendStyles];
