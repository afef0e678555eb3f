/**
 * The most values one sweep may have, in the app and on the command line:
 * beyond it a chart cannot show them apart, and every result is held in
 * memory until the sweep ends.
 */
export const MAX_SWEEP_STEPS = 1000;
