/**
 * Sizes beyond which a scenario is refused before it is examined further,
 * so that a huge or hostile file costs little. Text length is counted in
 * UTF-16 code units (JavaScript string length), which equals bytes for the
 * ASCII that scenario files almost always are.
 */
export const LIMITS = {
  /** 10 MB of JSON text. */
  maxTextLength: 10 * 1024 * 1024,
  maxLinks: 50_000,
  maxDemands: 5_000,
} as const;
