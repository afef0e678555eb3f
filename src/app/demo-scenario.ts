import type { Scenario } from '../model/types';

/**
 * A four-node scenario the page opens on when `models/` holds no default
 * model. Illustrative numbers, not data: each is marked as an assumption.
 */
export const DEMO_SCENARIO: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Demo: two corridors from Aktau to Poti',
  description: 'A minimal illustration; open a model from models/ for real numbers.',
  nodes: [
    { id: 'aktau', name: 'Aktau', country: 'KZ', kind: 'port', lat: 43.65, lon: 51.17 },
    { id: 'baku', name: 'Baku (Alat)', country: 'AZ', kind: 'port', lat: 40.03, lon: 49.41 },
    { id: 'meghri', name: 'Meghri', country: 'AM', kind: 'border', lat: 38.9, lon: 46.24 },
    { id: 'poti', name: 'Poti', country: 'GE', kind: 'port', lat: 42.15, lon: 41.67 },
  ],
  links: [
    { id: 'aktau-baku', from: 'aktau', to: 'baku', mode: 'ferry', capacity: 4_000_000, cost: 40, days: 3, assumption: 'illustrative' },
    { id: 'baku-poti', from: 'baku', to: 'poti', mode: 'rail', capacity: 6_000_000, cost: 30, days: 2, assumption: 'illustrative' },
    { id: 'baku-meghri', from: 'baku', to: 'meghri', mode: 'rail', capacity: 2_000_000, cost: 25, days: 2, assumption: 'illustrative' },
    { id: 'meghri-poti', from: 'meghri', to: 'poti', mode: 'rail', capacity: 2_000_000, cost: 20, days: 2, assumption: 'illustrative' },
  ],
  corridors: [
    { id: 'titr', name: 'TITR (Middle Corridor)', color: '#1f77b4', gates: ['baku-poti'] },
    { id: 'tripp', name: 'TRIPP (via Armenia)', color: '#ff7f0e', gates: ['baku-meghri'] },
  ],
  demands: [{ id: 'aktau-poti', from: 'aktau', to: 'poti', volume: 3_000_000, valueOfTime: 1, label: 'containers', assumption: 'illustrative' }],
};
