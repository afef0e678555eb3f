import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/app/plan/plan-inputs';
import type { CorridorPlanInputs } from '../../../src/app/plan/plan-inputs';
import type { Project, Scenario } from '../../../src/model/types';
import { withGrowth, withProject } from '../../../src/app/plan/plan-input-edits';
import { mount, unmountAll } from '../components/mount';
import { caspianPlanScenario } from './plan-fixture';
import { until } from '../app/analyses-fixture';

beforeAll(async () => {
  await page.viewport(1440, 900);
});
afterEach(unmountAll);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The Caspian planning scenario grown to the 100x plan's shape: 200 demands
 * (the 5 of the model, then copies `copy-0`… under new ids, growth kept) and
 * 10 projects (the 3 of the fixture, then copies `p3`…).
 */
function largePlan(): Scenario {
  const s = caspianPlanScenario();
  const projects = s.projects!;
  return {
    ...s,
    demands: [...s.demands, ...Array.from({ length: 195 }, (_, i) => ({ ...s.demands[i % s.demands.length]!, id: `copy-${i}` }))],
    projects: [...projects, ...Array.from({ length: 7 }, (_, i): Project => ({ ...projects[i % projects.length]!, id: `p${i + 3}`, name: `Project ${i + 3}` }))],
  };
}

/** The inputs on `scenario`, whose edits come back as the app would send them; `edits` holds what each sent. */
async function inputsOn(scenario: Scenario): Promise<{ el: CorridorPlanInputs; root: ShadowRoot; edits: Scenario[] }> {
  const el = await mount(document.createElement('corridor-plan-inputs'), { scenario }, 1400);
  const edits: Scenario[] = [];
  el.addEventListener('corridor-change', (e) => {
    edits.push((e as CustomEvent<{ scenario: Scenario }>).detail.scenario);
    el.scenario = (e as CustomEvent<{ scenario: Scenario }>).detail.scenario;
  });
  return { el, root: el.shadowRoot!, edits };
}

async function click(el: CorridorPlanInputs, selector: string): Promise<void> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  if (button === null) throw new Error(`no ${selector}`);
  button.click();
  await el.updateComplete;
}

async function typeIn(el: CorridorPlanInputs, selector: string, value: string, event: 'input' | 'change'): Promise<void> {
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (field === null) throw new Error(`no ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
  await el.updateComplete;
}

const growthPaths = (root: ShadowRoot): string[] => [...root.querySelectorAll<HTMLInputElement>('input[data-path$="].growth"]')].map((f) => f.dataset.path!);

describe('<corridor-plan-inputs> on a large network', () => {
  it('should draw 200 demands and 10 projects as folded parts of under 100 elements, each saying what it holds', async () => {
    const s = largePlan();
    const { root } = await inputsOn(s);
    // 1,984 elements before on the 100x plan (a growth row per demand, every project's fields): what each major
    // garbage collection traced while the plan ran. On the same shape now 77: the horizon's fields, the growth's
    // line, a line per project (5 elements each) and the buttons.
    expect(root.querySelectorAll('*').length).toBeLessThan(100);
    expect(growthPaths(root)).toEqual([]);
    const growth = root.querySelector('button.growth-toggle')!;
    expect(growth.getAttribute('aria-expanded')).toBe('false');
    // The fixture's growth: 5, 4 and 2 %/yr on 3 of the model's 5 demands (containers to Europe and Turkey, grain
    // to Armenia), 0 on the others, and the same on their copies: 3 × 40 of 200.
    expect(squash(growth.textContent)).toBe('Demand growth from the base year (%/yr; empty: 0) 200 demands, 120 set apart from 0 (2 to 5 %/yr)');
    expect(root.querySelectorAll('input, select')).toHaveLength(4); // the horizon's four fields
    const lines = [...root.querySelectorAll('li.project > button.project-toggle')];
    expect(lines).toHaveLength(10);
    expect(lines.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(squash(lines[0]!.textContent)).toBe('Caspian fleet (+8 ferries) +2.0 Mt/yr to links.caspian-ferry · capex USD 400 mn · the plan chooses');
    expect(squash(lines[2]!.textContent)).toBe('Kuryk Sarzha terminal +1.5 Mt/yr to links.caspian-feeder · capex USD 120 mn · from 2030 · the plan chooses');
    await page.screenshot({ element: root.host as HTMLElement, path: '../../../screenshots/plan/plan-inputs-folded.png' });
  });

  it('should show the growth a page of 50 at a time, with a pager and a filter by name, and send an edit of a later page as before', async () => {
    const s = largePlan();
    const { el, root, edits } = await inputsOn(s);
    await click(el, 'button.growth-toggle');
    expect(root.querySelector('button.growth-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(growthPaths(root)).toEqual(Array.from({ length: 50 }, (_, i) => `demands[${i}].growth`));
    const range = (): string => squash(root.querySelector('.growth-inputs .range')!.textContent);
    expect(range()).toBe('1–50 of 200');
    const [previous, next] = root.querySelectorAll<HTMLButtonElement>('.growth-inputs button.pager');
    expect(previous!.disabled).toBe(true);
    await click(el, '.growth-inputs button.pager[aria-label="Next page of demands"]');
    expect(range()).toBe('51–100 of 200');
    await page.screenshot({ element: el, path: '../../../screenshots/plan/plan-inputs-growth-page.png' });
    expect(growthPaths(root)[0]).toBe('demands[50].growth');
    await typeIn(el, 'input[data-path="demands[75].growth"]', '3', 'change');
    expect(edits).toEqual([withGrowth(s, 75, 0.03)]);
    // The filter: by a demand's id or its ends' names, back to its first page.
    await typeIn(el, 'input.filter', 'copy-19', 'input');
    // copy-19 and copy-190 to copy-194 (the copies end at copy-194).
    expect(growthPaths(root)).toEqual(['demands[24].growth', ...Array.from({ length: 5 }, (_, i) => `demands[${195 + i}].growth`)]);
    expect(range()).toBe('1–6 of 6 matching');
    expect(next!.disabled).toBe(true);
    await typeIn(el, 'input.filter', 'no such place', 'input');
    expect(growthPaths(root)).toEqual([]);
    expect(squash(root.querySelector('.growth-inputs .hint')!.textContent)).toBe('Nothing matches the filter.');
  });

  it('should show a problem in a folded or paged-away row at once, and take the reader to its field from the problem list', async () => {
    const s = largePlan();
    const bad = withGrowth(withProject(s, 7, { capex: 'lots' }), 120, 'fast');
    const { el, root } = await inputsOn(bad);
    // The growth opens on the page of its problem's row; the project with a problem unfolds, the others stay folded.
    expect(squash(root.querySelector('.growth-inputs .range')!.textContent)).toBe('101–150 of 200');
    const field = root.querySelector<HTMLInputElement>('input[data-path="demands[120].growth"]')!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(squash(root.getElementById(field.getAttribute('aria-describedby')!)!.textContent)).toMatch(/^expected a growth rate per year/);
    const open = [...root.querySelectorAll('li.project > button.project-toggle')].map((b) => b.getAttribute('aria-expanded'));
    expect(open).toEqual(['false', 'false', 'false', 'false', 'false', 'false', 'false', 'true', 'false', 'false']);
    expect(root.querySelector<HTMLInputElement>('input[data-path="projects[7].capex"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(squash(root.querySelector('li[data-project="p7"] .badge')!.textContent)).toBe('1 problem');
    // The reader folds both away; the list at the top still takes them back to each field.
    await click(el, 'button.growth-toggle');
    await click(el, 'li[data-project="p7"] > button.project-toggle');
    expect(root.querySelector('input[data-path="demands[120].growth"]')).toBeNull();
    const goTo = (path: string): HTMLButtonElement => [...root.querySelectorAll<HTMLButtonElement>('.message.error button.problem-path')].find((b) => squash(b.textContent) === path)!;
    goTo('demands[120].growth').click();
    await until(() => root.activeElement?.getAttribute('data-path') === 'demands[120].growth', 'focus on the growth field');
    expect(squash(root.querySelector('.growth-inputs .range')!.textContent)).toBe('101–150 of 200');
    goTo('projects[7].capex').click();
    await until(() => root.activeElement?.getAttribute('data-path') === 'projects[7].capex', 'focus on the capex field');
  });

  it('should send an edit made in an unfolded project as the same whole scenario as before, and keep the right projects unfolded as they come and go', async () => {
    const s = largePlan();
    const { el, root, edits } = await inputsOn(s);
    await click(el, 'li[data-project="p4"] > button.project-toggle');
    expect(root.querySelector('#project-4')!.getAttribute('role')).toBe('group');
    await typeIn(el, 'input[data-path="projects[4].capex"]', '500,000,000', 'change');
    await typeIn(el, 'select[data-path="projects[4].decision"]', 'never', 'change');
    await click(el, 'li[data-project="p4"] input[data-path="projects[4].divisible"]');
    expect(edits).toEqual([
      withProject(s, 4, { capex: 500_000_000 }),
      withProject(withProject(s, 4, { capex: 500_000_000 }), 4, { decision: 'never' }),
      withProject(withProject(withProject(s, 4, { capex: 500_000_000 }), 4, { decision: 'never' }), 4, { divisible: true }),
    ]);
    // Its line says what changed.
    expect(squash(root.querySelector('li[data-project="p4"] .count')!.textContent)).toBe('+5.0 Mt/yr to links.tripp-meghri · capex USD 500 mn · from 2030 · never built');
    // A project removed before it: p4 stays unfolded where it now is; a new project comes unfolded.
    await click(el, 'li[data-project="fleet"] > button.project-toggle');
    await click(el, 'li[data-project="fleet"] button.remove-project');
    const unfolded = (): string[] => [...root.querySelectorAll<HTMLElement>('li.project')].filter((li) => li.querySelector('.project-body') !== null).map((li) => li.dataset.project!);
    expect(unfolded()).toEqual(['p4']);
    await click(el, 'button.add-project');
    expect(unfolded()).toEqual(['p4', 'project-10']);
    // Unfolded, every field has a name (its label, or a label of its own for an addition's), every button too.
    const unnamed = [...root.querySelectorAll<HTMLElement>('input, select, button')].filter((f) => f.closest('label') === null && !f.hasAttribute('aria-label') && squash(f.textContent) === '');
    expect(unnamed).toEqual([]);
    await page.screenshot({ element: el, path: '../../../screenshots/plan/plan-inputs-projects-unfolded.png' });
  });
});

describe('<corridor-plan-inputs> on a small network', () => {
  it('should show every demand’s growth at once, with no pager or filter', async () => {
    const { root } = await inputsOn(caspianPlanScenario());
    expect(root.querySelector('button.growth-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(growthPaths(root)).toHaveLength(5);
    expect(root.querySelector('.growth-inputs .toolbar')).toBeNull();
  });
});
