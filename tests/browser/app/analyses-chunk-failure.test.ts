import { describe, expect, it, vi } from 'vitest';
import type { CorridorAnalyses } from '../../../src/app/analyses/corridor-analyses';
import '../../../src/app/analyses/corridor-analyses';

/** The content chunk's download, held until a test lets it fail. */
const download = vi.hoisted(() => {
  let fail: (error: Error) => void = () => {};
  const settled = new Promise<never>((_, reject) => (fail = reject));
  // Vitest rethrows the factory's rejection as an error of its own; this one is expected, not unhandled.
  settled.catch(() => {});
  return { settled, fail: (error: Error) => fail(error) };
});
vi.mock('../../../src/app/analyses/render-analyses', async () => download.settled);

describe('<corridor-analyses> whose content chunk is slow, then fails', () => {
  let element: CorridorAnalyses;
  const errors: string[] = [];

  it('should say it is loading, in the place of its tabs, while the chunk downloads', async () => {
    element = document.createElement('corridor-analyses');
    element.addEventListener('corridor-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe('Analyses');
    expect(root.querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toContain('Loading the analyses…');
    expect(root.querySelector('[role="tab"]')).toBeNull();
  });

  it('should say in words that the analyses could not be loaded, and report it, when the chunk fails', async () => {
    download.fail(new Error('Failed to fetch dynamically imported module'));
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    // Vitest words a failed mocked import its own way; the reason is whatever the import rejected with.
    expect(alert?.textContent).toMatch(/^The analyses could not be loaded \(.+\); reload the page to try again\.$/);
    expect(element.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).toBe('false');
    expect(errors).toEqual([alert?.textContent]);
    element.remove();
  });
});
