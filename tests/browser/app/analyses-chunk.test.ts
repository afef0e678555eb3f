import { describe, expect, it } from 'vitest';
import type { CorridorAnalyses } from '../../../src/app/analyses/corridor-analyses';
import '../../../src/app/analyses/corridor-analyses';
import { rendered } from './analyses-fixture';

function mount(): CorridorAnalyses {
  const element = document.createElement('corridor-analyses');
  document.body.append(element);
  return element;
}

describe('<corridor-analyses> content chunk', () => {
  it('should show its tabs, styled, once the element is connected', async () => {
    const element = mount();
    try {
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect([...root.querySelectorAll('[role="tab"]')].map((t) => t.id)).toContain('tab-sweep');
      // The tabs' styles come with the chunk: adopted, not only the frame's.
      expect(getComputedStyle(root.querySelector('[role="tablist"]')!).display).toBe('flex');
      expect(getComputedStyle(root.querySelector('.base')!).borderTopStyle).toBe('solid');
      expect(root.textContent).not.toContain('Loading');
    } finally {
      element.remove();
    }
  });

  it('should open a tab and make its panel, which upgrades when its own chunk arrives', async () => {
    const element = mount();
    try {
      await element.updateComplete;
      element.shadowRoot!.querySelector<HTMLButtonElement>('#tab-check')!.click();
      await element.updateComplete;
      const panel = await rendered(element.shadowRoot!.querySelector('corridor-check-panel')!);
      expect(panel.hidden).toBe(false);
      expect(element.shadowRoot!.querySelector('#tab-check')!.getAttribute('aria-selected')).toBe('true');
    } finally {
      element.remove();
    }
  });

  it('should open the tab it was asked for before its content arrived', async () => {
    const element = document.createElement('corridor-analyses');
    element.tab = 'check';
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('corridor-check-panel')).not.toBeNull();
    } finally {
      element.remove();
    }
  });
});
