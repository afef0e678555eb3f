/**
 * What the app loads after its first scenario, as one chunk: the workspace
 * (its controller and its panel element), and the undo history and the
 * pinned base kept over a reload. One dynamic import, not several: each
 * costs the first script a loader entry.
 */
import './corridor-workspace';

export { WorkspaceController } from './workspace-controller';
export { readSavedHistory, writeSavedHistory } from '../saved-history';
export { readSavedPinned, writeSavedPinned } from '../saved-pinned-base';
