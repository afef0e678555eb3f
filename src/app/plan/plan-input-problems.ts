import type { Problem, Scenario } from '../../model/types';
import { PROJECT_DECISIONS } from '../../model/types';
import { resolveParameterPath } from '../../model/parameter-path';

/**
 * Every problem of the planning inputs (`horizon`, `projects`, demand
 * `growth`), each with its JSON path (`projects[1].adds[0].set`) as the
 * editor shows them, all at once. The spec's rules ("Extensions"); the
 * parser of the planning engine reports the same paths, and the Plan view
 * shows both (once each).
 */
export function planInputProblems(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });
  const years = checkHorizon(scenario, add);
  checkProjects(scenario, years, add);
  (scenario.demands ?? []).forEach((d, i) => {
    if (d.growth !== undefined && !(Number.isFinite(d.growth) && d.growth > -1 && d.growth < 1)) {
      add(`demands[${i}].growth`, `should be a rate per year above −1 and below 1 (0.03 is 3 %/yr), got ${String(d.growth)}`);
    }
  });
  return problems;
}

type Add = (path: string, message: string) => void;

function checkHorizon(scenario: Scenario, add: Add): readonly number[] {
  const h = scenario.horizon;
  if (h === undefined) return [];
  const years = Array.isArray(h.years) ? h.years : [];
  if (years.length === 0) add('horizon.years', 'should list at least one model year, e.g. [2026, 2030, 2035]');
  years.forEach((y, i) => {
    if (!Number.isInteger(y)) add(`horizon.years[${i}]`, `should be a whole year, got ${String(y)}`);
    else if (i > 0 && !(y > years[i - 1]!)) add(`horizon.years[${i}]`, `should be after ${years[i - 1]} (model years strictly increase), got ${y}`);
  });
  const first = years[0];
  const last = years.at(-1);
  if (h.end !== undefined && (!Number.isInteger(h.end) || (last !== undefined && h.end < last))) {
    add('horizon.end', `should be a whole year no earlier than the last model year${last === undefined ? '' : ` (${last})`}, got ${String(h.end)}`);
  }
  if (h.discountRate !== undefined && !(Number.isFinite(h.discountRate) && h.discountRate >= 0 && h.discountRate < 1)) {
    add('horizon.discountRate', `should be a real rate per year from 0 to below 1 (0.06 is 6 %), got ${String(h.discountRate)}`);
  }
  if (h.base !== undefined && !Number.isInteger(h.base)) add('horizon.base', `should be a whole year, got ${String(h.base)}`);
  (h.changes ?? []).forEach((c, i) => {
    if (!Number.isInteger(c.from) || (first !== undefined && last !== undefined && (c.from < first || c.from > last))) {
      add(`horizon.changes[${i}].from`, `should be a year within the horizon (${first ?? '?'}–${last ?? '?'}), got ${String(c.from)}`);
    }
    const path = resolveParameterPath(scenario, String(c.set));
    if (!path.ok) add(`horizon.changes[${i}].set`, path.message);
    if (!Number.isFinite(c.value) || c.value < 0) add(`horizon.changes[${i}].value`, `should be a number ≥ 0, got ${String(c.value)}`);
  });
  return years.filter(Number.isInteger);
}

function checkProjects(scenario: Scenario, years: readonly number[], add: Add): void {
  const projects = scenario.projects ?? [];
  if (projects.length > 0 && scenario.horizon === undefined) add('horizon', 'is needed to plan projects: give at least its model years');
  const seen = new Set<string>();
  projects.forEach((p, i) => {
    const at = `projects[${i}]`;
    if (typeof p.id !== 'string' || p.id.trim() === '') add(`${at}.id`, 'should be a non-empty id');
    else if (seen.has(p.id)) add(`${at}.id`, `"${p.id}" is used by an earlier project; ids must be unique`);
    else seen.add(p.id);
    if (!Array.isArray(p.adds) || p.adds.length === 0) add(`${at}.adds`, 'should add capacity to at least one link or node');
    (p.adds ?? []).forEach((a, j) => checkAddition(scenario, a.set, a.amount, `${at}.adds[${j}]`, add));
    nonNegative(p.capex, `${at}.capex`, 'USD', add);
    nonNegative(p.opex, `${at}.opex`, 'USD/yr', add);
    if (p.life !== undefined && !(Number.isFinite(p.life) && p.life > 0)) add(`${at}.life`, `should be a number of years > 0, got ${String(p.life)}`);
    if (p.earliest !== undefined && years.length > 0 && (!Number.isInteger(p.earliest) || p.earliest < years[0]! || p.earliest > years.at(-1)!)) {
      add(`${at}.earliest`, `should be a year within the horizon (${years[0]}–${years.at(-1)}), got ${String(p.earliest)}`);
    }
    if (p.decision !== undefined && !PROJECT_DECISIONS.includes(p.decision)) {
      add(`${at}.decision`, `should be one of ${PROJECT_DECISIONS.map((d) => `"${d}"`).join(', ')}, got ${JSON.stringify(p.decision)}`);
    }
  });
}

function checkAddition(scenario: Scenario, set: string, amount: number, at: string, add: Add): void {
  const m = /^(links|nodes)\.(.+)\.capacity$/.exec(String(set));
  if (m === null) {
    add(`${at}.set`, `should be links.<id>.capacity or nodes.<id>.capacity, got ${JSON.stringify(set)}`);
  } else {
    const item = m[1] === 'links' ? scenario.links.find((l) => l.id === m[2]) : scenario.nodes.find((n) => n.id === m[2]);
    if (item === undefined) add(`${at}.set`, `names no ${m[1] === 'links' ? 'link' : 'node'} "${m[2]}"`);
    else if (item.capacity === undefined) add(`${at}.set`, `${m[1]}.${m[2]} has unlimited capacity: give it a finite capacity (0 for a line not yet built) before a project adds to it`);
  }
  if (!(Number.isFinite(amount) && amount > 0)) add(`${at}.amount`, `should be t/yr > 0, got ${String(amount)}`);
}

function nonNegative(value: number | undefined, path: string, unit: string, add: Add): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) add(path, `should be ${unit} ≥ 0, got ${String(value)}`);
}
