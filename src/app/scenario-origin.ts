/** Who set the scenario; user actions also fire `corridor-change`. */
export type Origin = 'property' | 'src' | 'autosave' | 'saved' | 'share' | 'picker' | 'import' | 'edit' | 'undo' | 'counter-example';

/** Origins that give a new starting point for the editor's "scenario value" ticks and reset buttons. */
export const BASELINE_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['property', 'src', 'share', 'picker', 'import', 'saved']);

/** Origins that are the user's own actions: they fire `corridor-change` and end a share link's hold on the autosave. */
export const USER_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['edit', 'undo', 'import', 'picker', 'counter-example', 'saved']);

/** Origins of a scenario that is not the open workspace entry's. */
export const DETACHING_ORIGINS: ReadonlySet<Origin> = new Set<Origin>(['property', 'src', 'share', 'picker', 'import']);
