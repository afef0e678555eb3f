import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/corridor-status/corridor-status';
import type { CorridorStatus } from '../../../src/components/corridor-status/corridor-status';
import { HOSTILE_NAME } from './fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

function status(props: Partial<CorridorStatus> = {}): Promise<CorridorStatus> {
  return mount(document.createElement('corridor-status'), props, 560);
}

const text = (el: HTMLElement): string => shadowQuery(el, '.text').textContent!.trim();

describe('<corridor-status>', () => {
  afterEach(unmountAll);

  it('should say what state the solve is in', async () => {
    const el = await status();
    expect(text(el)).toBe('Not solved yet');
    el.state = 'solving';
    await el.updateComplete;
    expect(text(el)).toBe('Solving…');
    el.state = 'solved';
    el.ms = 4;
    await el.updateComplete;
    expect(text(el)).toBe('Solved in 4 ms');
    el.ms = 1234;
    await el.updateComplete;
    expect(text(el)).toBe('Solved in 1.2 s');
    el.state = 'error';
    el.message = 'the solver did not answer within 30 s';
    await el.updateComplete;
    expect(text(el)).toBe('Error: the solver did not answer within 30 s');
  });

  it('should list the diagnosis under an infeasible state', async () => {
    const el = await status({
      state: 'infeasible',
      message: '1 demand cannot be served in full',
      diagnosis: ['demand "a-b" cannot be served in full: 1,200 t/yr short', 'demand "c-d" cannot be served in full: 5 t/yr short'],
    });
    expect(text(el)).toBe('Infeasible: 1 demand cannot be served in full');
    expect(shadowQueryAll(el, '[part="diagnosis"] li').map((li) => li.textContent!.trim())).toEqual([
      'demand "a-b" cannot be served in full: 1,200 t/yr short',
      'demand "c-d" cannot be served in full: 5 t/yr short',
    ]);
  });

  it('should not show an old diagnosis once solved again', async () => {
    const el = await status({ state: 'infeasible', diagnosis: ['x'] });
    el.state = 'solved';
    await el.updateComplete;
    expect(shadowQueryAll(el, '[part="diagnosis"]')).toHaveLength(0);
  });

  it('should be a polite live region', async () => {
    const el = await status();
    const base = shadowQuery(el, '[part="base"]');
    expect(base.getAttribute('role')).toBe('status');
    expect(base.getAttribute('aria-live')).toBe('polite');
  });

  it('should show an unknown state as idle rather than nothing', async () => {
    const el = await status({ state: 'bogus' as CorridorStatus['state'] });
    expect(text(el)).toBe('Not solved yet');
  });

  it('should render an untrusted message as text', async () => {
    const el = await status({ state: 'error', message: HOSTILE_NAME, diagnosis: [HOSTILE_NAME] });
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el)).toBe(`Error: ${HOSTILE_NAME}`);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('should take its solved colour from a custom property', async () => {
    const el = await status({ state: 'solved', ms: 3 });
    el.style.setProperty('--corridor-status-ok-color', 'rgb(10, 20, 30)');
    expect(getComputedStyle(shadowQuery(el, '.dot')).backgroundColor).toBe('rgb(10, 20, 30)');
    el.style.setProperty('--corridor-font', 'monospace');
    expect(getComputedStyle(shadowQuery(el, '.text')).fontFamily).toBe('monospace');
  });
});
