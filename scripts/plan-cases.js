/**
 * The planning cases of `scripts/bench-plan.js` and
 * `scripts/measure-plan-longtasks.js`, made up here (the real projects of
 * the default model arrive with its own issue): the Caspian model over five
 * model years with six projects, a mid-size generated grid with ten
 * competing lumpy projects, and the 100x generated network of the browser
 * bench with ten projects on its gates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, root } from './bench-common.js';
import { generateScenario } from './generate-scenario.js';

/** models/caspian-2030.json with a 5-year horizon and 6 made-up optional projects. */
export function caspianPlan() {
  const scenario = JSON.parse(readFileSync(join(root, 'models', 'caspian-2030.json'), 'utf8'));
  const project = (id, set, amount, capex) => ({ id, adds: [{ set, amount }], capex, life: 30, opex: capex * 0.01 });
  return {
    ...scenario,
    demands: scenario.demands.map((d) => (d.id.startsWith('containers') ? { ...d, growth: 0.04 } : d)),
    horizon: { years: [2030, 2032, 2034, 2036, 2038], end: 2040, discountRate: 0.05 },
    projects: [
      project('tripp', 'links.tripp-meghri.capacity', 5_000_000, 1.2e9),
      project('fleet', 'links.caspian-ferry.capacity', 2_000_000, 6e8),
      project('feeder', 'links.caspian-feeder.capacity', 1_000_000, 3e8),
      project('btk', 'links.btk-gardabani-kars.capacity', 3_000_000, 8e8),
      project('kti', 'links.kti-etrek-tehran.capacity', 4_000_000, 1.5e9),
      project('alat', 'nodes.alat.capacity', 5_000_000, 4e8),
    ],
  };
}

/** A mid-size generated network over 5 model years with 10 competing lumpy projects (see the header). */
export function gridPlan() {
  const scenario = generateScenario({ seed: SEED, width: 8, height: 6, demands: 20, demandsPerOrigin: 5 });
  const capacitated = scenario.links.filter((l) => l.capacity !== undefined);
  const chosen = capacitated.filter((_, i) => i % Math.max(1, Math.floor(capacitated.length / 10)) === 0).slice(0, 10);
  const volume = scenario.demands.reduce((sum, d) => sum + d.volume, 0);
  return {
    ...scenario,
    demands: scenario.demands.map((d) => ({ ...d, growth: 0.05 })),
    horizon: { years: [2030, 2033, 2036, 2039, 2042], end: 2045, discountRate: 0.04 },
    projects: chosen.map((link, i) => ({
      id: `p${i}`,
      adds: [{ set: `links.${link.id}.capacity`, amount: Math.round(volume / 4) }],
      capex: Math.round(volume * (3 + (i % 5)) * 3),
      life: 30,
    })),
  };
}

/** The browser bench's 100× network over 5 model years, 10 projects on its gates. */
export function scalePlan() {
  const scenario = generateScenario({ seed: SEED, width: 25, height: 20, demands: 200, demandsPerOrigin: 10 });
  const gates = scenario.links.filter((l) => l.capacity !== undefined && (scenario.corridors ?? []).some((c) => c.gates.includes(l.id)));
  const chosen = gates.filter((_, i) => i % Math.max(1, Math.floor(gates.length / 10)) === 0).slice(0, 10);
  const volume = scenario.demands.reduce((sum, d) => sum + d.volume, 0);
  return {
    ...scenario,
    demands: scenario.demands.map((d) => ({ ...d, growth: 0.05 })),
    horizon: { years: [2030, 2033, 2036, 2039, 2042], end: 2045, discountRate: 0.04 },
    projects: chosen.map((link, i) => ({
      id: `p${i}`,
      adds: [{ set: `links.${link.id}.capacity`, amount: Math.round(volume / 20) }],
      capex: Math.round(volume * (2 + (i % 5))),
      life: 30,
    })),
  };
}
