/**
 * Deterministic, seeded scenarios of any size for the benchmark: a grid of
 * `width × height` nodes, links both ways between neighbours, except across
 * the middle column boundary, which is crossed eastward only. Those eastward
 * crossings are the gates: rows split into four bands, the first three are
 * the corridors `titr`, `tripp`, `iran`, the fourth is ungated ("other").
 * Every demand goes from the west half to the east half, so every route
 * crosses the boundary exactly once: the gates are cuts, shares never double
 * count. Demands carry an `unmetPenalty`, so every generated scenario is
 * feasible; capacities on about a third of the links and on the gates make
 * some of them bind.
 *
 * LP size: about demands × (4 · width · height) flow columns plus one unmet
 * column per demand; rows about demands × width · height (conservation) plus
 * the capacities.
 */

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `demandsPerOrigin` (default 1: every demand drawn on its own) groups the
 * demands: every `demandsPerOrigin` consecutive demands take the first one's
 * origin and value of time (destinations and volumes stay as drawn), as a
 * real demand table has one row per cargo and month from the same port.
 * The random draws are the same either way, so the network and the volumes
 * do not change with the grouping.
 *
 * @param {{ seed?: number, width: number, height: number, demands: number, demandsPerOrigin?: number }} options
 * @returns the scenario object (format corridor-flow/scenario@1)
 */
export function generateScenario({ seed = 1, width, height, demands: numDemands, demandsPerOrigin = 1 }) {
  if (!Number.isInteger(demandsPerOrigin) || demandsPerOrigin < 1) {
    throw new Error(`generateScenario: demandsPerOrigin must be a whole number ≥ 1, got ${demandsPerOrigin}`);
  }
  const scenario = generateUngrouped({ seed, width, height, numDemands });
  if (demandsPerOrigin === 1) return scenario;
  const demands = scenario.demands.map((demand, k) => {
    const lead = scenario.demands[k - (k % demandsPerOrigin)];
    return { ...demand, from: lead.from, valueOfTime: lead.valueOfTime };
  });
  return { ...scenario, name: `${scenario.name}, ${demandsPerOrigin} demands per origin`, demands };
}

function generateUngrouped({ seed, width, height, numDemands }) {
  if (width < 4 || height < 4) throw new Error(`generateScenario: width and height must be ≥ 4, got ${width} × ${height}`);
  const random = seededRandom(seed);
  const between = (lo, hi) => lo + (hi - lo) * random();
  const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
  const pick = (n) => Math.floor(random() * n);
  const id = (x, y) => `n${x}_${y}`;
  const boundary = Math.floor(width / 2) - 1; // links x=boundary → boundary+1 are the gates

  const nodes = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const node = { id: id(x, y), kind: 'hub', lat: round(40 + y * 0.5, 3), lon: round(50 + x * 0.5, 3) };
      if (random() < 0.15) node.cost = round(between(1, 10));
      if (random() < 0.15) node.days = round(between(0.5, 3));
      nodes.push(node);
    }
  }

  const totalVolume = [];
  const demands = [];
  for (let k = 0; k < numDemands; k++) {
    const from = id(pick(boundary + 1), pick(height));
    const to = id(boundary + 1 + pick(width - boundary - 1), pick(height));
    const volume = Math.round(between(1e5, 1e6));
    totalVolume.push(volume);
    demands.push({ id: `d${k}`, from, to, volume, valueOfTime: round(between(0, 5)), unmetPenalty: round(between(2000, 5000)) });
  }
  const volume = totalVolume.reduce((a, b) => a + b, 0);

  const links = [];
  const gates = [[], [], [], []];
  const band = (y) => Math.min(3, Math.floor((y * 4) / height));
  const link = (from, to, extra = {}) => {
    const l = { id: `${from}-${to}`, from, to, mode: 'rail', cost: round(between(5, 50)), days: round(between(0.5, 3)), ...extra };
    if (random() < 0.3 && l.capacity === undefined) l.capacity = Math.round(between(0.1, 0.6) * volume);
    links.push(l);
    return l;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x + 1 < width; x++) {
      if (x === boundary) {
        const gate = link(id(x, y), id(x + 1, y), { mode: 'sea', capacity: Math.round((between(1, 3) * volume) / height) });
        gates[band(y)].push(gate.id);
      } else {
        link(id(x, y), id(x + 1, y));
        link(id(x + 1, y), id(x, y));
      }
    }
  }
  for (let y = 0; y + 1 < height; y++) {
    for (let x = 0; x < width; x++) {
      link(id(x, y), id(x, y + 1));
      link(id(x, y + 1), id(x, y));
    }
  }

  return {
    format: 'corridor-flow/scenario@1',
    name: `Generated grid ${width}×${height}, ${numDemands} demands, seed ${seed}`,
    description: 'Generated by scripts/generate-scenario.js for the benchmark.',
    nodes,
    links,
    corridors: [
      { id: 'titr', name: 'Trans-Caspian', gates: gates[0], maxShare: 0.5 },
      { id: 'tripp', name: 'TRIPP', gates: gates[1] },
      { id: 'iran', name: 'Iran', gates: gates[2] },
    ],
    demands,
  };
}
