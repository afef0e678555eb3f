/**
 * Loose on purpose: tests break scenarios in ways the types forbid.
 */
export type Draft = Record<string, any>;

/**
 * A small valid scenario without warnings: Kazakh grain to Mersin, either
 * across the Caspian (TITR gate: the Aktau–Alat ferry) or through Iran (gate
 * at Sarakhs). The two routes are parallel, so no route crosses two gates.
 * A fresh copy on every call.
 */
export function smallScenario(): Draft {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'Grain to Mersin',
    sources: [{ id: 'wb2024', title: 'World Bank, Middle Corridor study', year: 2024 }],
    nodes: [
      { id: 'kz_grain', name: 'Kostanay', country: 'KZ', kind: 'city', lat: 53.2, lon: 63.6 },
      { id: 'aktau', country: 'KZ', kind: 'port', capacity: 6_000_000, cost: 8, days: 2, source: 'wb2024' },
      { id: 'alat', country: 'AZ', kind: 'port', cost: 7 },
      { id: 'sarakhs', country: 'IR', kind: 'border', days: 1.5, assumption: 'typical wait, no published figure' },
      { id: 'tr_mersin', country: 'TR', kind: 'port' },
    ],
    links: [
      { id: 'rail_grain_aktau', from: 'kz_grain', to: 'aktau', cost: 25, days: 3, km: 1900 },
      { id: 'ferry_aktau_alat', from: 'aktau', to: 'alat', mode: 'ferry', capacity: 4_000_000, cost: 40, days: 2 },
      { id: 'rail_alat_mersin', from: 'alat', to: 'tr_mersin', cost: 55, days: 6 },
      { id: 'rail_grain_sarakhs', from: 'kz_grain', to: 'sarakhs', cost: 45, days: 5 },
      { id: 'rail_sarakhs_mersin', from: 'sarakhs', to: 'tr_mersin', cost: 70, days: 7 },
    ],
    corridors: [
      { id: 'titr', name: 'Trans-Caspian', color: '#1f77b4', gates: ['ferry_aktau_alat'], maxShare: 0.8 },
      { id: 'iran', gates: ['rail_sarakhs_mersin'], minFlow: 100_000 },
    ],
    demands: [{ id: 'grain', from: 'kz_grain', to: 'tr_mersin', volume: 3_000_000, valueOfTime: 0.5, label: 'grain' }],
  };
}
