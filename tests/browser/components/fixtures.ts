import type { LinkResult, NodeResult, Result, Scenario, ScenarioLink } from '../../../src/model/types';

/**
 * A Caspian-like scenario with a hand-made optimal result, for the display
 * components (which never solve). Nodes sit at their real coordinates.
 *
 * The result was built by routing each demand along chosen paths by hand
 * (listed below) and adding up: link flows are sums of the paths through
 * them, node throughput is inflow plus the tonnes a node originates, and
 * corridor flow is the flow on its gates. So flows conserve and shares add
 * up to 1; the dual values (marginal values, reduced costs) are plausible
 * numbers, not a solver's.
 *
 *   dostyk-istanbul 6.0 Mt: 1.0 Dostyk-Aktau-Baku-Tbilisi-Kars-Istanbul
 *                           2.0 Dostyk-Aktau-Baku-Tbilisi-Poti-Istanbul
 *                           1.2 Dostyk-Kuryk-Alat-Horadiz-Meghri-Nakhchivan-Kars-Istanbul
 *                           1.8 Dostyk-Sarakhs-Tehran-Tabriz-Van-Istanbul
 *   dostyk-constanta 2.0 Mt: 1.4 Dostyk-Kuryk-Alat-Tbilisi-Batumi-Constanta
 *                            0.6 Dostyk-Kostanay-Constanta (northern route: no gate)
 *   kostanay-mersin 1.5 Mt:  0.9 Kostanay-Sarakhs-Tehran-Tabriz-Van-Mersin, 0.6 unmet
 *   turkmenbashi-yerevan 0.4 Mt: 0.4 Turkmenbashi-Alat-Tbilisi-Yerevan
 */

const M = 1e6;

export const caspianScenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Caspian corridors 2030 (test fixture)',
  nodes: [
    { id: 'dostyk', name: 'Dostyk', country: 'KZ', kind: 'border', lat: 45.25, lon: 82.48 },
    { id: 'kostanay', name: 'Kostanay', country: 'KZ', kind: 'rail', lat: 53.21, lon: 63.62 },
    { id: 'aktau', name: 'Aktau', country: 'KZ', kind: 'port', lat: 43.65, lon: 51.17, capacity: 5 * M },
    { id: 'kuryk', name: 'Kuryk', country: 'KZ', kind: 'port', lat: 43.17, lon: 51.68, capacity: 4 * M },
    { id: 'turkmenbashi', name: 'Turkmenbashi', country: 'TM', kind: 'port', lat: 40.02, lon: 52.97, capacity: 2 * M },
    { id: 'sarakhs', name: 'Sarakhs', country: 'TM', kind: 'border', lat: 36.53, lon: 61.16 },
    { id: 'alat', name: 'Alat', country: 'AZ', kind: 'port', lat: 39.94, lon: 49.41, capacity: 4 * M },
    { id: 'baku', name: 'Baku', country: 'AZ', kind: 'port', lat: 40.41, lon: 49.87, capacity: 4 * M },
    { id: 'horadiz', name: 'Horadiz', country: 'AZ', kind: 'rail', lat: 39.45, lon: 47.33 },
    { id: 'meghri', name: 'Meghri', country: 'AM', kind: 'border', lat: 38.9, lon: 46.24 },
    { id: 'nakhchivan', name: 'Nakhchivan', country: 'AZ', kind: 'rail', lat: 39.21, lon: 45.41 },
    { id: 'yerevan', name: 'Yerevan', country: 'AM', kind: 'city', lat: 40.18, lon: 44.51 },
    { id: 'tbilisi', name: 'Tbilisi', country: 'GE', kind: 'hub', lat: 41.72, lon: 44.78 },
    { id: 'poti', name: 'Poti', country: 'GE', kind: 'port', lat: 42.15, lon: 41.67, capacity: 2 * M },
    { id: 'batumi', name: 'Batumi', country: 'GE', kind: 'port', lat: 41.64, lon: 41.63, capacity: 2 * M },
    { id: 'kars', name: 'Kars', country: 'TR', kind: 'rail', lat: 40.6, lon: 43.1 },
    { id: 'tehran', name: 'Tehran', country: 'IR', kind: 'hub', lat: 35.69, lon: 51.39 },
    { id: 'tabriz', name: 'Tabriz', country: 'IR', kind: 'rail', lat: 38.08, lon: 46.29 },
    { id: 'van', name: 'Van', country: 'TR', kind: 'border', lat: 38.5, lon: 43.38 },
    { id: 'istanbul', name: 'Istanbul', country: 'TR', kind: 'city', lat: 41.01, lon: 28.98 },
    { id: 'constanta', name: 'Constanța', country: 'RO', kind: 'port', lat: 44.17, lon: 28.65 },
    { id: 'mersin', name: 'Mersin', country: 'TR', kind: 'port', lat: 36.8, lon: 34.63 },
  ],
  links: [
    link('dostyk-aktau', 'dostyk', 'aktau', 'rail', 8 * M, 48, 2900),
    link('dostyk-kuryk', 'dostyk', 'kuryk', 'rail', 8 * M, 50, 2950),
    link('dostyk-sarakhs', 'dostyk', 'sarakhs', 'rail', 5 * M, 61, 3400),
    link('dostyk-kostanay', 'dostyk', 'kostanay', 'rail', 5 * M, 30, 1900),
    link('kostanay-aktau', 'kostanay', 'aktau', 'rail', 4 * M, 35, 1800),
    link('kostanay-sarakhs', 'kostanay', 'sarakhs', 'rail', 3 * M, 44, 2300),
    link('kostanay-constanta', 'kostanay', 'constanta', 'rail', 0.6 * M, 95, 4100),
    link('aktau-baku', 'aktau', 'baku', 'ferry', 3 * M, 38, 460),
    link('baku-aktau', 'baku', 'aktau', 'ferry', 3 * M, 38, 460),
    link('aktau-alat', 'aktau', 'alat', 'ferry', 3 * M, 39, 480),
    link('kuryk-alat', 'kuryk', 'alat', 'ferry', 4 * M, 40, 470),
    link('turkmenbashi-alat', 'turkmenbashi', 'alat', 'ferry', 1 * M, 36, 300),
    link('baku-alat', 'baku', 'alat', 'road', undefined, 4, 70),
    link('baku-tbilisi', 'baku', 'tbilisi', 'rail', 5 * M, 22, 550),
    link('alat-tbilisi', 'alat', 'tbilisi', 'rail', 5 * M, 23, 580),
    link('tbilisi-kars', 'tbilisi', 'kars', 'rail', 1 * M, 19, 270),
    link('kars-tbilisi', 'kars', 'tbilisi', 'rail', 1 * M, 19, 270),
    link('tbilisi-poti', 'tbilisi', 'poti', 'rail', 4 * M, 12, 310),
    link('tbilisi-batumi', 'tbilisi', 'batumi', 'rail', 3 * M, 13, 360),
    link('tbilisi-yerevan', 'tbilisi', 'yerevan', 'rail', 1 * M, 14, 300),
    link('poti-istanbul', 'poti', 'istanbul', 'sea', undefined, 21, 1100),
    link('batumi-istanbul', 'batumi', 'istanbul', 'sea', undefined, 22, 1080),
    link('poti-constanta', 'poti', 'constanta', 'sea', undefined, 20, 1150),
    link('batumi-constanta', 'batumi', 'constanta', 'sea', undefined, 19, 1170),
    link('kars-istanbul', 'kars', 'istanbul', 'rail', 6 * M, 31, 1900),
    link('istanbul-kars', 'istanbul', 'kars', 'rail', 6 * M, 31, 1900),
    link('kars-mersin', 'kars', 'mersin', 'rail', 3 * M, 33, 1200),
    link('alat-horadiz', 'alat', 'horadiz', 'rail', 3 * M, 11, 250),
    link('horadiz-meghri', 'horadiz', 'meghri', 'rail', 1.5 * M, 8, 130),
    link('meghri-nakhchivan', 'meghri', 'nakhchivan', 'rail', 2 * M, 6, 110),
    link('nakhchivan-kars', 'nakhchivan', 'kars', 'rail', 2 * M, 15, 340),
    { ...link('meghri-yerevan', 'meghri', 'yerevan', 'road', 0.5 * M, 25, 370), enabled: false },
    link('sarakhs-tehran', 'sarakhs', 'tehran', 'rail', 2.7 * M, 26, 900),
    link('tehran-tabriz', 'tehran', 'tabriz', 'rail', 6 * M, 18, 630),
    link('tabriz-van', 'tabriz', 'van', 'rail', 4 * M, 16, 330),
    link('tabriz-nakhchivan', 'tabriz', 'nakhchivan', 'rail', 2 * M, 9, 180),
    link('van-istanbul', 'van', 'istanbul', 'rail', undefined, 36, 1600),
    link('van-mersin', 'van', 'mersin', 'rail', undefined, 27, 1000),
  ],
  corridors: [
    { id: 'titr', name: 'TITR', color: '#1f62a8', gates: ['baku-tbilisi', 'alat-tbilisi'] },
    { id: 'tripp', name: 'TRIPP', color: '#b2531a', gates: ['horadiz-meghri'], maxFlow: 1.2 * M },
    { id: 'iran', name: 'Iran', color: '#1d7a5a', gates: ['sarakhs-tehran'] },
  ],
  demands: [
    { id: 'dostyk-istanbul', from: 'dostyk', to: 'istanbul', volume: 6 * M, label: 'containers', valueOfTime: 2 },
    { id: 'dostyk-constanta', from: 'dostyk', to: 'constanta', volume: 2 * M, label: 'containers', valueOfTime: 2 },
    { id: 'kostanay-mersin', from: 'kostanay', to: 'mersin', volume: 1.5 * M, label: 'grain', unmetPenalty: 120 },
    { id: 'turkmenbashi-yerevan', from: 'turkmenbashi', to: 'yerevan', volume: 0.4 * M, label: 'general cargo' },
  ],
};

function link(
  id: string,
  from: string,
  to: string,
  mode: ScenarioLink['mode'],
  capacity: number | undefined,
  cost: number,
  km: number,
): ScenarioLink {
  return capacity === undefined ? { id, from, to, mode, cost, km } : { id, from, to, mode, capacity, cost, km };
}

/** Flow on each link, Mt/yr, from the paths in the header comment. */
const LINK_FLOWS_MT: Readonly<Record<string, number>> = {
  'dostyk-aktau': 3.0,
  'aktau-baku': 3.0,
  'baku-tbilisi': 3.0,
  'tbilisi-kars': 1.0,
  'kars-istanbul': 2.2,
  'tbilisi-poti': 2.0,
  'poti-istanbul': 2.0,
  'dostyk-kuryk': 2.6,
  'kuryk-alat': 2.6,
  'alat-horadiz': 1.2,
  'horadiz-meghri': 1.2,
  'meghri-nakhchivan': 1.2,
  'nakhchivan-kars': 1.2,
  'dostyk-sarakhs': 1.8,
  'sarakhs-tehran': 2.7,
  'tehran-tabriz': 2.7,
  'tabriz-van': 2.7,
  'van-istanbul': 1.8,
  'van-mersin': 0.9,
  'alat-tbilisi': 1.8,
  'tbilisi-batumi': 1.4,
  'batumi-constanta': 1.4,
  'dostyk-kostanay': 0.6,
  'kostanay-constanta': 0.6,
  'kostanay-sarakhs': 0.9,
  'turkmenbashi-alat': 0.4,
  'tbilisi-yerevan': 0.4,
};

/** USD per extra t/yr of capacity on the links whose capacity binds (made up, plausible). */
const LINK_MARGINAL_VALUES: Readonly<Record<string, number>> = {
  'aktau-baku': 14.2,
  'tbilisi-kars': 6.5,
  'sarakhs-tehran': 31.2,
  'kostanay-constanta': 2.1,
};

/** USD/t cheaper an unused link would have to be before freight used it (made up, plausible). */
const LINK_REDUCED_COSTS: Readonly<Record<string, number>> = {
  'baku-aktau': 88,
  'aktau-alat': 0.8,
  'baku-alat': 3.4,
  'kars-tbilisi': 52,
  'kostanay-aktau': 9.5,
  'batumi-istanbul': 2.8,
  'poti-constanta': 1.5,
  'istanbul-kars': 74,
  'kars-mersin': 4.1,
  'tabriz-nakhchivan': 6.0,
};

function linkResults(scenario: Scenario): LinkResult[] {
  return scenario.links.map((l) => {
    const flow = (LINK_FLOWS_MT[l.id] ?? 0) * M;
    const enabled = l.enabled !== false;
    return {
      id: l.id,
      flow,
      utilisation: l.capacity === undefined ? null : flow / l.capacity,
      marginalValue: LINK_MARGINAL_VALUES[l.id] ?? 0,
      reducedCost: !enabled ? null : flow > 0 ? 0 : (LINK_REDUCED_COSTS[l.id] ?? 0),
    };
  });
}

/** Throughput: inflow plus the served tonnes a node originates (the spec's definition). */
function nodeResults(scenario: Scenario, served: Readonly<Record<string, number>>): NodeResult[] {
  return scenario.nodes.map((n) => {
    let throughput = 0;
    for (const l of scenario.links) if (l.to === n.id) throughput += (LINK_FLOWS_MT[l.id] ?? 0) * M;
    for (const d of scenario.demands) if (d.from === n.id) throughput += served[d.id] ?? 0;
    return {
      id: n.id,
      throughput,
      utilisation: n.capacity === undefined ? null : throughput / n.capacity,
      // Poti is full (2.0 of 2.0 Mt/yr); its value is made up, plausible.
      marginalValue: n.id === 'poti' ? 3.4 : 0,
    };
  });
}

const SERVED: Readonly<Record<string, number>> = {
  'dostyk-istanbul': 6 * M,
  'dostyk-constanta': 2 * M,
  'kostanay-mersin': 0.9 * M,
  'turkmenbashi-yerevan': 0.4 * M,
};

/** Served 9.3 Mt/yr: TITR 3.0+1.8 = 4.8, TRIPP 1.2, Iran 2.7, other 0.6; 0.6 Mt/yr unmet. */
export const CASPIAN_SERVED = 9.3 * M;
export const CASPIAN_UNMET = 0.6 * M;

/**
 * Objective = Σ unitCost × served + penalty × unmet
 * = 6e6·142.5 + 2e6·128 + 0.9e6·151.2 + 0.4e6·96 + 0.6e6·120
 * = 855e6 + 256e6 + 136.08e6 + 38.4e6 + 72e6 = 1,357.48e6 USD/yr.
 */
export const CASPIAN_OBJECTIVE = 1_357_480_000;

export const caspianResult: Result = {
  status: 'optimal',
  objective: CASPIAN_OBJECTIVE,
  served: CASPIAN_SERVED,
  unmet: CASPIAN_UNMET,
  corridors: [
    { id: 'titr', flow: 4.8 * M, share: 4.8 / 9.3, marginalValue: 0 },
    { id: 'tripp', flow: 1.2 * M, share: 1.2 / 9.3, marginalValue: 9.8 },
    { id: 'iran', flow: 2.7 * M, share: 2.7 / 9.3, marginalValue: 0 },
  ],
  other: { flow: 0.6 * M, share: 0.6 / 9.3 },
  links: linkResults(caspianScenario),
  nodes: nodeResults(caspianScenario, SERVED),
  demands: [
    { id: 'dostyk-istanbul', served: 6 * M, unmet: 0, unitCost: 142.5, days: 14.2, marginalCost: 151.3 },
    { id: 'dostyk-constanta', served: 2 * M, unmet: 0, unitCost: 128, days: 16.8, marginalCost: 133.9 },
    { id: 'kostanay-mersin', served: 0.9 * M, unmet: 0.6 * M, unitCost: 151.2, days: 19.5, marginalCost: 120 },
    { id: 'turkmenbashi-yerevan', served: 0.4 * M, unmet: 0, unitCost: 96, days: 6.1, marginalCost: 96 },
  ],
  solver: { name: 'glpk.js', version: '5.0.0', ms: 4 },
};

/** The same scenario when every demand is hard and the Caspian ferries cannot carry it. */
export const caspianInfeasibleResult: Result = {
  status: 'infeasible',
  objective: 0,
  served: 0,
  unmet: 0,
  corridors: caspianScenario.corridors!.map((c) => ({ id: c.id, flow: 0, share: 0, marginalValue: 0 })),
  other: { flow: 0, share: 0 },
  links: caspianScenario.links.map((l) => ({ id: l.id, flow: 0, utilisation: l.capacity === undefined ? null : 0, marginalValue: 0, reducedCost: null })),
  nodes: caspianScenario.nodes.map((n) => ({ id: n.id, throughput: 0, utilisation: n.capacity === undefined ? null : 0, marginalValue: 0 })),
  demands: caspianScenario.demands.map((d) => ({ id: d.id, served: 0, unmet: 0, unitCost: null, days: null, marginalCost: 0 })),
  diagnosis: ['demand "dostyk-istanbul" (Dostyk → Istanbul) cannot be served in full: 1,200,000 t/yr short'],
  shortfalls: [{ demand: 'dostyk-istanbul', unmet: 1.2 * M }],
  solver: { name: 'glpk.js', version: '5.0.0', ms: 7 },
};

/** A name that would run script if any component put it into innerHTML. */
export const HOSTILE_NAME = '<img src=x onerror="window.__pwned = true">';

/** Two nodes, one link, one corridor, all named hostilely. */
export const hostileScenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: HOSTILE_NAME,
  nodes: [
    { id: 'a', name: HOSTILE_NAME, kind: 'port', lat: 41, lon: 45 },
    { id: 'b', name: `${HOSTILE_NAME}b`, kind: 'city', lat: 42, lon: 47 },
  ],
  links: [{ id: 'ab', from: 'a', to: 'b', cost: 10, capacity: 100 }],
  corridors: [{ id: 'x', name: HOSTILE_NAME, gates: ['ab'], color: 'red; background: url(javascript:alert(1))' }],
  demands: [{ id: 'd', from: 'a', to: 'b', volume: 100, label: HOSTILE_NAME }],
};

export const hostileResult: Result = {
  status: 'optimal',
  objective: 1000,
  served: 100,
  unmet: 0,
  corridors: [{ id: 'x', flow: 100, share: 1, marginalValue: 0 }],
  other: { flow: 0, share: 0 },
  links: [{ id: 'ab', flow: 100, utilisation: 1, marginalValue: 5, reducedCost: 0 }],
  nodes: [
    { id: 'a', throughput: 100, utilisation: null, marginalValue: 0 },
    { id: 'b', throughput: 100, utilisation: null, marginalValue: 0 },
  ],
  demands: [{ id: 'd', served: 100, unmet: 0, unitCost: 10, days: 0, marginalCost: 15 }],
  solver: { name: 'glpk.js', version: '5.0.0', ms: 1 },
};

/**
 * A large grid network (rows × cols nodes, links both ways between
 * neighbours) with a made-up result, for the map's scaling check.
 */
export function gridScenario(rows: number, cols: number): { scenario: Scenario; result: Result } {
  const nodes = [];
  const links: ScenarioLink[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      nodes.push({ id: `n${r}-${c}`, lat: 36 + (r * 16) / rows, lon: 28 + (c * 54) / cols, kind: 'hub' as const });
    }
  }
  const add = (a: string, b: string): void => {
    links.push({ id: `${a}_${b}`, from: a, to: b, cost: 1, capacity: 1000 });
    links.push({ id: `${b}_${a}`, from: b, to: a, cost: 1, capacity: 1000 });
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols) add(`n${r}-${c}`, `n${r}-${c + 1}`);
      if (r + 1 < rows) add(`n${r}-${c}`, `n${r + 1}-${c}`);
    }
  }
  const scenario: Scenario = {
    format: 'corridor-flow/scenario@1',
    name: `grid ${rows}×${cols}`,
    nodes,
    links,
    corridors: [],
    demands: [{ id: 'd', from: nodes[0]!.id, to: nodes[nodes.length - 1]!.id, volume: 500 }],
  };
  const result: Result = {
    status: 'optimal',
    objective: 1000,
    served: 500,
    unmet: 0,
    corridors: [],
    other: { flow: 500, share: 1 },
    links: links.map((l, i) => ({ id: l.id, flow: (i * 37) % 1001, utilisation: ((i * 37) % 1001) / 1000, marginalValue: 0, reducedCost: 0 })),
    nodes: nodes.map((n) => ({ id: n.id, throughput: 0, utilisation: null, marginalValue: 0 })),
    demands: [{ id: 'd', served: 500, unmet: 0, unitCost: 2, days: 0, marginalCost: 2 }],
    solver: { name: 'glpk.js', version: '5.0.0', ms: 1 },
  };
  return { scenario, result };
}
