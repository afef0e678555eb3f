import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-editor/corridor-editor';
import type { CorridorChangeDetail, CorridorEditor } from '../../../src/components/corridor-editor/corridor-editor';
import type { Scenario } from '../../../src/model/types';
import { getLocale, showLanguage } from '../../../src/components/i18n';
import { mount, shadowQuery, unmountAll } from './mount';

const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Locale test',
  nodes: [
    { id: 'aktau', name: 'Aktau', kind: 'port' },
    { id: 'alat', name: 'Alat', kind: 'port' },
  ],
  links: [{ id: 'ferry', from: 'aktau', to: 'alat', mode: 'ferry', capacity: 4_000_000, cost: 45.5 }],
  corridors: [{ id: 'titr', name: 'TITR', gates: ['ferry'], maxShare: 0.7 }],
  demands: [{ id: 'cn_eu', from: 'aktau', to: 'alat', volume: 1_000_000 }],
};

/** An editor in a page whose language is `lang`, recording what it emits. */
async function editorIn(lang: string): Promise<{ el: CorridorEditor; changes: CorridorChangeDetail[] }> {
  const el = await mount(document.createElement('corridor-editor'), { scenario }, 900);
  el.parentElement!.lang = lang;
  el.requestUpdate();
  await el.updateComplete;
  const changes: CorridorChangeDetail[] = [];
  el.addEventListener('corridor-change', (e) => {
    changes.push((e as CustomEvent<CorridorChangeDetail>).detail);
    el.scenario = (e as CustomEvent<CorridorChangeDetail>).detail.scenario;
  });
  return { el, changes };
}

const capacityField = (el: CorridorEditor) => shadowQuery<HTMLInputElement>(el, '[aria-label="Capacity of link ferry, t/yr"]');

/** Types `text` into a field from the keyboard, replacing what is there, and commits it with Enter… as a user would (Tab out). */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await userEvent.tripleClick(input);
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(text);
  await userEvent.keyboard('{Tab}');
}

describe('<corridor-editor> numbers in the reader\'s locale', () => {
  beforeAll(async () => {
    await page.viewport(1200, 900);
  });
  afterEach(unmountAll);

  it('should show numbers the German way and read "5,5 Mt" typed there as 5,500,000 t/yr', async () => {
    const { el, changes } = await editorIn('de');
    expect(capacityField(el).value).toBe('4.000.000');
    await typeInto(capacityField(el), '5,5 Mt');
    expect(changes.at(-1)!.scenario.links[0]!.capacity).toBe(5_500_000);
    await el.updateComplete;
    expect(capacityField(el).value).toBe('5.500.000');
  });

  it('should read "5 000 000" in Russian and "5.000.000" in German as five million', async () => {
    for (const [lang, text] of [['ru', '5 000 000'], ['de', '5.000.000'], ['en-US', '5,000,000']] as const) {
      const { el, changes } = await editorIn(lang);
      await typeInto(capacityField(el), text);
      expect(changes.at(-1)!.scenario.links[0]!.capacity, `${lang}: ${text}`).toBe(5_000_000);
      unmountAll();
    }
  });

  it('should refuse an ambiguous "1.234" in Russian with a message that says how to write it, not read 1234', async () => {
    const { el, changes } = await editorIn('ru');
    await typeInto(capacityField(el), '1.234');
    // The text travels on for the validator, as any invalid entry does; the app answers with its problem.
    expect(changes.at(-1)!.scenario.links[0]!.capacity).toBe('1.234');
    el.problems = [{ path: 'links[0].capacity', message: 'expected a number ≥ 0, got "1.234"' }];
    await el.updateComplete;
    const field = capacityField(el);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = shadowQuery(el, `#${field.getAttribute('aria-describedby')}`).textContent!;
    expect(message).toContain('could group thousands (1234) or mark decimals (1.234)');
    expect(message).toContain('write 1234 or 1,234');
  });
});

describe('<corridor-editor> in Russian', () => {
  afterEach(async () => {
    unmountAll();
    await showLanguage('en');
  });

  it('should name its columns and fields in Russian and still read "5,5 Mt" typed into a capacity as tonnes', async () => {
    const container = document.createElement('div');
    container.lang = 'ru';
    const el = document.createElement('corridor-editor');
    el.scenario = scenario;
    container.append(el);
    document.body.append(container);
    await expect.poll(() => getLocale()).toBe('ru');
    await el.updateComplete;
    const changes: CorridorChangeDetail[] = [];
    el.addEventListener('corridor-change', (e) => {
      changes.push((e as CustomEvent<CorridorChangeDetail>).detail);
      el.scenario = (e as CustomEvent<CorridorChangeDetail>).detail.scenario;
    });
    const titles = [...el.shadowRoot!.querySelectorAll('.section-title')].map((s) => s.textContent!.trim());
    expect(titles).toEqual(['Рычаги', 'Узлы', 'Участки', 'Коридоры', 'Спрос', 'Источники', 'Сценарий']);
    // The unit is shown in Russian; the field must still take tonnes (and Mt), not a plain number.
    const field = shadowQuery<HTMLInputElement>(el, '[aria-label="Пропускная способность: участок ferry, т/год"]');
    expect(field.value).toMatch(/^4\s000\s000$/);
    await typeInto(field, '5,5 Mt');
    expect(changes.at(-1)!.scenario.links[0]!.capacity).toBe(5_500_000);
  });
});
