/**
 * Issue 17: the components and the app in English and Russian, `lang`
 * switching it, numbers in the reader's locale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { LANGUAGE_KEY } from '../../../src/app/language-picker';
import '../../../src/components/corridor-split/corridor-split';
import '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import '../../../src/components/corridor-map/corridor-map';
import '../../../src/components/corridor-status/corridor-status';
import '../../../src/app/plan/plan-panel';
import { getLocale, showLanguage } from '../../../src/components/i18n';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { caspianResult, caspianScenario } from '../components/fixtures';
import { shadowQuery, unmountAll } from '../components/mount';
import { rendered, until } from './analyses-fixture';
import { fakeRunner, solvedCaspianPlan } from '../plan/plan-fixture';
import { makeApp, nextEvent, shadow } from './app-fixture';

const apps: CorridorFlow[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
  localStorage.removeItem(LANGUAGE_KEY);
  unmountAll();
  // The page's language is global: back to English for the next test.
  await showLanguage('en');
});

/** The visible text of a shadow root's element, whitespace collapsed. */
function text(host: HTMLElement, selector: string): string {
  return shadowQuery(host, selector).textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits until `host` (and the page) render in `language`. */
async function renderedIn(host: HTMLElement & { updateComplete: Promise<unknown> }, language: string): Promise<void> {
  await until(() => getLocale() === language, `the page in "${language}"`);
  await host.updateComplete;
}

/** A component in a container with `lang`, as an embedding page would put it. */
async function mountIn<T extends HTMLElement & { updateComplete: Promise<unknown> }>(tag: string, lang: string, props: Partial<T>): Promise<T> {
  const container = document.createElement('div');
  container.lang = lang;
  container.style.width = '900px';
  const element = document.createElement(tag) as T;
  Object.assign(element, props);
  container.append(element);
  document.body.append(container);
  await element.updateComplete;
  return element;
}

async function solvedApp(lang: string | null): Promise<CorridorFlow> {
  const app = makeApp();
  if (lang !== null) app.lang = lang;
  app.scenario = twoCorridors(60);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  apps.push(app);
  document.body.append(app);
  await solved;
  await app.updateComplete;
  return app;
}

describe('<corridor-flow lang="ru">', () => {
  it('should show the top bar, status and answer in Russian with Russian number formats, and English again after lang="en"', async () => {
    const app = await solvedApp('ru');
    await renderedIn(app, 'ru');
    const root = shadow(app);
    expect(root.querySelector('.menu summary')!.textContent!.trim()).toBe('Экспорт');
    expect(root.querySelector('button.share')!.textContent!.trim()).toBe('Поделиться');
    const status = root.querySelector('corridor-status')!;
    await status.updateComplete;
    expect(text(status, '.text')).toMatch(/^Рассчитано за .*(мс|с)$/);
    const split = root.querySelector('corridor-split')!;
    await split.updateComplete;
    expect(text(split, '.figures')).toContain('Обобщённые затраты');
    // twoCorridors(60): 60 t/yr at USD 15/t and 40 at USD 20/t = USD 1,700 a year, USD 17.00 per tonne.
    expect(text(split, '.figures')).toContain('1 700 долл. США/год');
    expect(text(split, '.figures')).toContain('17,00 долл. США/т');
    expect(text(split, 'tfoot')).toContain('100 т/год');

    app.lang = 'en';
    await renderedIn(app, 'en');
    await split.updateComplete;
    expect(root.querySelector('.menu summary')!.textContent!.trim()).toBe('Export');
    expect(text(split, '.figures')).toContain('Generalised cost');
    expect(text(split, '.figures')).toContain('USD 1,700/yr');
    expect(text(split, '.figures')).toContain('USD 17.00/t');
  });

  it('should switch from the top bar, set lang, and remember the choice for the next app', async () => {
    const app = await solvedApp(null);
    const select = shadow(app).querySelector<HTMLSelectElement>('.language select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['English', 'Русский']);
    select.value = 'ru';
    select.dispatchEvent(new Event('change'));
    expect(app.lang).toBe('ru');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('ru');
    await renderedIn(app, 'ru');
    expect(shadow(app).querySelector('.menu summary')!.textContent!.trim()).toBe('Экспорт');
    app.remove();

    const next = await solvedApp(null);
    expect(next.lang).toBe('ru');
    expect(shadow(next).querySelector<HTMLSelectElement>('.language select')!.value).toBe('ru');
  });

  it('should keep a lang the page set on the element over the remembered choice', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'ru');
    const app = await solvedApp('en');
    expect(app.lang).toBe('en');
    expect(getLocale()).toBe('en');
  });
});

describe('components with lang="ru"', () => {
  it('should render <corridor-split>, <corridor-bottlenecks>, <corridor-map> and <corridor-status> in Russian from an ancestor\'s lang', async () => {
    const split = await mountIn<HTMLElementTagNameMap['corridor-split']>('corridor-split', 'ru', { scenario: caspianScenario, result: caspianResult });
    await renderedIn(split, 'ru');
    // The fixture: TITR 4.8 of 9.3 Mt/yr served (51.6%).
    expect(text(split, 'tbody')).toContain('4,8 млн т/год');
    expect(text(split, 'tbody')).toContain('51,6 %');
    expect(text(split, 'thead')).toContain('Маршрут');

    const bottlenecks = await mountIn<HTMLElementTagNameMap['corridor-bottlenecks']>('corridor-bottlenecks', 'ru', {
      scenario: caspianScenario,
      result: caspianResult,
    });
    expect(text(bottlenecks, '.binding h3')).toBe('Что ограничивает');
    expect(text(bottlenecks, '.binding')).toMatch(/экономит \d[\d ,]* долл\. США в год/);

    const map = await mountIn<HTMLElementTagNameMap['corridor-map']>('corridor-map', 'ru', { scenario: caspianScenario, result: caspianResult });
    expect(text(map, '.legend')).toContain('Толщина: объём груза');

    const status = await mountIn<HTMLElementTagNameMap['corridor-status']>('corridor-status', 'ru', { state: 'solved', ms: 1234 });
    expect(text(status, '.text')).toBe('Рассчитано за 1,2 с');
  });

  it('should render English again when the lang changes back, on the element itself', async () => {
    const status = await mountIn<HTMLElementTagNameMap['corridor-status']>('corridor-status', 'ru', { state: 'solved', ms: 1234 });
    await renderedIn(status, 'ru');
    expect(text(status, '.text')).toBe('Рассчитано за 1,2 с');
    status.lang = 'en-US';
    await renderedIn(status, 'en');
    expect(text(status, '.text')).toBe('Solved in 1.2 s');
  });

  it('should fall back to English for a language without a translation, with its number formats', async () => {
    const status = await mountIn<HTMLElementTagNameMap['corridor-status']>('corridor-status', 'de', { state: 'solved', ms: 1234 });
    await renderedIn(status, 'en');
    expect(text(status, '.text')).toBe('Solved in 1,2 s');
  });
});

describe('the Plan tab with lang="ru"', () => {
  it('should show the planning inputs, the run button and the plan report in Russian, with Russian number formats', async () => {
    const { scenario, plan } = await solvedCaspianPlan();
    const panel = await mountIn<HTMLElementTagNameMap['corridor-plan-panel']>('corridor-plan-panel', 'ru', {
      scenario,
      draft: scenario,
      runner: fakeRunner({ plan: async () => plan }),
    });
    await renderedIn(panel, 'ru');
    const inputs = await rendered(panel.shadowRoot!.querySelector('corridor-plan-inputs')!);
    expect(text(inputs, 'fieldset legend')).toBe('Горизонт планирования');
    // A project's fields, unfolded under its line.
    inputs.shadowRoot!.querySelector<HTMLButtonElement>('li[data-project="fleet"] > button.project-toggle')!.click();
    await inputs.updateComplete;
    expect(text(inputs, 'li[data-project="fleet"] .project-body')).toContain('Капитальные затраты (долл. США)');
    // Numbers in the inputs in the reader's format too: a demand's volume grouped with spaces, as Russian writes it.
    const volume = scenario.demands[0]!.volume;
    expect(inputs.shadowRoot!.querySelector('tbody td.num')!.textContent!.trim()).toBe(new Intl.NumberFormat('ru', { maximumFractionDigits: 20, numberingSystem: 'latn' }).format(volume));
    expect(inputs.shadowRoot!.querySelector('tbody td.num')!.textContent).toMatch(/\d\s\d{3}/u);
    expect(text(panel, 'button.run')).toBe('Рассчитать план');

    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    const report = await rendered(await until(() => panel.shadowRoot!.querySelector<HTMLElementTagNameMap['corridor-plan']>('corridor-plan.current'), 'the plan report'));
    expect(text(report, 'h3')).toBe('План');
    // The fixture's horizon: 2026, 2030 and 2035 to 2045 at 6 %/yr, prices of 2026.
    expect(text(report, '.subtitle')).toBe('Расчётные годы 2026, 2030, 2035 (до 2045); долл. США в ценах 2026 г., ставка дисконтирования 6,0 % в год');
    expect(text(report, '[part="summary"]')).toContain('Общие затраты, приведённая стоимость');
    // Fleet and Sarzha of three.
    expect(text(report, '[part="summary"]')).toMatch(/Построено проектов\s*2 из 3/);
    expect(text(report, '[part="appraisal"] thead')).toContain('ЧПС');
    // Kuryk Sarzha's costs, USD 99.4 mn present value: a decimal comma and the Russian unit.
    expect(text(report, '[part="appraisal"] tbody')).toContain('99,4 млн долл. США');
    expect(text(report, 'svg[part="chart"] .section-title')).toBe('План строительства');
    expect(text(panel, '.exports')).toContain('По годам (CSV)');
  });
});
