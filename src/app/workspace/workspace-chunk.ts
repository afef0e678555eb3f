/**
 * What the app loads after its first scenario, as one chunk: the workspace
 * (its controller and its panel element) and the undo history kept over a
 * reload. One dynamic import, not three: each costs the first script a
 * loader entry.
 */
import './corridor-workspace';

export { WorkspaceController } from './workspace-controller';
export { readSavedHistory, writeSavedHistory } from '../saved-history';
