/**
 * What only a large scenario uses (large-scenario.ts): its validation in
 * slices, its answer handed to the results column one part a task, and the
 * pause between slices of work. A
 * chunk of its own, asked for as soon as the first large scenario is given,
 * so that `import 'corridor-flow'` does not carry it for the shipped models.
 * It imports nothing that is not already in the library's first script: a
 * lazy chunk with chunks of its own to preload would fail to load
 * (vite.lib.config.ts, importWithoutPreload).
 */
export { parseScenarioInSlices } from '../model/parse-scenario-in-slices';
export { StagedAnswer } from './staged-answer';
export { pauseForPage } from './pause-for-page';
