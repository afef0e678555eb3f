import { editorLayoutStyles } from './editor-layout.styles';
import { editorControlStyles } from './editor-controls.styles';
import { leverPanelStyles } from './lever-panel.styles';
import { collectionTableStyles } from './collection-table.styles';
import { editorNarrowStyles } from './editor-narrow.styles';
import { itemMarkStyles } from './item-marks.styles';

/**
 * The editor's own styles, by part, in cascade order; tokens (`--_accent`, `--_line`, …) come from `sharedStyles`.
 */
export const styles = [editorLayoutStyles, editorControlStyles, leverPanelStyles, collectionTableStyles, editorNarrowStyles, itemMarkStyles];
