import type { Scenario } from '../../../../src/model/types';

/**
 * Two routes from Kazakhstan to Türkiye. Through the Caspian (TITR gate
 * `kz-az`, capacity 60 t/yr) a tonne costs 30 + 20 = 50 USD; through Iran
 * (gate `kz-ir`) 40 + 25 = 65 USD. 100 t/yr must go, so by hand:
 * 60 t/yr via TITR and 40 via Iran, objective 60·50 + 40·65 = 5,600 USD/yr,
 * one more t/yr of Caspian capacity saves 65 − 50 = 15 USD (its marginal
 * value), and one more tonne of demand costs 65 USD (marginal cost).
 * `az-ir` (cost 100) is never worth using.
 */
export const TWO_ROUTES: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Two routes',
  nodes: [{ id: 'kz' }, { id: 'az' }, { id: 'ir' }, { id: 'tr' }],
  links: [
    { id: 'kz-az', from: 'kz', to: 'az', mode: 'ferry', cost: 30, capacity: 60 },
    { id: 'az-tr', from: 'az', to: 'tr', cost: 20 },
    { id: 'kz-ir', from: 'kz', to: 'ir', cost: 40 },
    { id: 'ir-tr', from: 'ir', to: 'tr', cost: 25 },
    { id: 'az-ir', from: 'az', to: 'ir', cost: 100 },
  ],
  corridors: [
    { id: 'titr', name: 'Trans-Caspian', gates: ['kz-az'] },
    { id: 'iran', gates: ['kz-ir'] },
  ],
  demands: [{ id: 'grain', from: 'kz', to: 'tr', volume: 100 }],
};

/** TWO_ROUTES with Iran closed down to 10 t/yr: at most 70 of the 100 hard t/yr can move. */
export const TOO_LITTLE_CAPACITY: Scenario = {
  ...TWO_ROUTES,
  name: 'Too little capacity',
  links: TWO_ROUTES.links.map((l) => (l.id === 'kz-ir' ? { ...l, capacity: 10 } : l)),
};

/** Two mistakes at once, so "every error, each with its path" can be checked. */
export const TWO_MISTAKES = {
  ...TWO_ROUTES,
  links: TWO_ROUTES.links.map((l) => (l.id === 'kz-az' ? { ...l, capacity: -5 } : l)),
  demands: [{ id: 'grain', from: 'astna', to: 'tr', volume: 100 }],
};

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
