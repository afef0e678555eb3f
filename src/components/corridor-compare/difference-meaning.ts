/** Whether a difference is good news, bad news, or neither, for the one reading the comparison. */
export type DifferenceMeaning = 'better' | 'worse' | 'neutral';

/**
 * What a rise in a compared measure means (keys as `compareScenarios` gives
 * them): costs and unmet demand are worse higher, served freight is better
 * higher, and a corridor's share or flow is neither: more on one corridor is
 * a shift, not an improvement, whatever the sign.
 */
export function differenceMeaning(key: string, difference: number): DifferenceMeaning {
  const measure = key.slice(0, key.includes(':') ? key.indexOf(':') : key.length);
  const higherIs = HIGHER_IS[measure] ?? 'neutral';
  if (higherIs === 'neutral' || difference === 0) return 'neutral';
  return (difference > 0) === (higherIs === 'better') ? 'better' : 'worse';
}

const HIGHER_IS: Readonly<Record<string, 'better' | 'worse' | 'neutral'>> = {
  objective: 'worse',
  unitCost: 'worse',
  unmet: 'worse',
  days: 'worse',
  served: 'better',
  share: 'neutral',
  flow: 'neutral',
};
