import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate, type CalibrationResult } from '../../../src/calibrate';
import { parseScenario, type Scenario, type ScenarioLink } from '../../../src/model';
import { createSolver } from '../../../src/solver';

/**
 * models/caspian-2024.json is not edited by hand: it is what
 * `corridor-flow calibrate models/source/caspian-2024-uncalibrated.json --out models/caspian-2024.json`
 * writes. These tests hold that promise (the shipped file is not stale) and
 * what the calibration may and may not touch: published tariffs (`calibrate:
 * "fixed"`) stay as they are, only the costs marked `free` and the
 * calibration's own step links change, each saying why.
 */

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const SOURCE = 'source/caspian-2024-uncalibrated.json';
const SHIPPED = 'caspian-2024.json';

function text(file: string): string {
  return readFileSync(`${MODELS}${file}`, 'utf8');
}

function load(file: string): Scenario {
  const outcome = parseScenario(text(file));
  if (!outcome.ok) throw new Error(`${file}: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return outcome.scenario;
}

describe('models/caspian-2024.json, calibrated from models/source/caspian-2024-uncalibrated.json', () => {
  const source = load(SOURCE);
  const shipped = JSON.parse(text(SHIPPED)) as Scenario;
  let result: CalibrationResult;

  beforeAll(async () => {
    const solver = await createSolver();
    result = calibrate(source, solver.solveLp);
  });

  it('should calibrate the source without conflicts', () => {
    expect(result.conflicts).toEqual([]);
    expect(result.status).toBe('calibrated');
  });

  it('should ship exactly what calibrating the source writes (re-run the command after editing the source)', () => {
    expect(result.scenario).toEqual(shipped);
  });

  it('should change no cost marked fixed, and only costs marked free besides the calibration’s own step links', () => {
    const before = new Map(source.links.map((link) => [link.id, link]));
    const changed = shipped.links.filter((link) => before.get(link.id)?.cost !== link.cost);
    const isStep = (link: ScenarioLink): boolean => link.calibrated?.stepOf !== undefined && !before.has(link.id);
    expect(changed.filter((link) => !isStep(link) && before.get(link.id)?.calibrate !== 'free').map((l) => l.id)).toEqual([]);
    expect(changed.length).toBeGreaterThan(0);
    const nodesBefore = new Map(source.nodes.map((node) => [node.id, node.cost]));
    expect(shipped.nodes.filter((node) => nodesBefore.get(node.id) !== node.cost).map((n) => n.id)).toEqual([]);
  });

  it('should mark every calibrated cost with its old value and say why in its assumption', () => {
    const before = new Map(source.links.map((link) => [link.id, link.cost]));
    for (const link of shipped.links.filter((l) => before.get(l.id) !== l.cost)) {
      expect(link.calibrated, `links.${link.id}.calibrated`).toBeDefined();
      expect(link.calibrated?.from ?? null, `links.${link.id}.calibrated.from`).toBe(before.get(link.id) ?? null);
      expect(link.assumption ?? '', `links.${link.id}.assumption`).toMatch(/^calibrat(ed|ion step)/);
    }
  });

  it('should hold the premiums the 2024 split implies: Russian transit dearer than TITR for the marginal EU box and bulk tonne', () => {
    // Hand-priced (models/README.md): 338.31 USD/t generalised by TITR against 200.65 through Russia for an EU box
    // (gap 137.66), and 123.80 by TITR against 65.775 via Novorossiysk for bulk (gap 58.025); each calibrated cost is
    // its tariff plus that gap, then the ±0.01 USD/t calibration step.
    const change = (set: string): number | undefined => {
      const c = result.changes.find((candidate) => candidate.set === set);
      return c === undefined || c.old === null ? undefined : c.value - c.old;
    };
    expect(change('links.northern-kz-ru.cost')).toBeCloseTo(137.66 + 0.01, 4);
    expect(change('links.northern-kostanay.cost')).toBeCloseTo(58.025 + 0.01, 4);
  });
});
