import fc from 'fast-check';

/**
 * Options of `generateScenario` (scripts/generate-scenario.js) for square grids of 4×4 to 7×7 nodes with 1–14
 * demands, 1–3 per origin: small enough for a property run, with capacities that bind on most of them.
 */
export function generatedGridArbitrary(): fc.Arbitrary<{ readonly seed: number; readonly width: number; readonly height: number; readonly demands: number; readonly demandsPerOrigin: number }> {
  return fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      width: fc.integer({ min: 4, max: 7 }),
      demands: fc.integer({ min: 1, max: 14 }),
      demandsPerOrigin: fc.integer({ min: 1, max: 3 }),
    })
    .map((options) => ({ ...options, height: options.width }));
}
