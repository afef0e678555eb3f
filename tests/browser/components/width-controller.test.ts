import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidthController } from '../../../src/components/width-controller';
import { unmountAll } from './mount';

/** A host that shows the width it was last rendered with. */
class RoundHost extends LitElement {
  readonly size = new WidthController(this);
  protected override render() {
    return html`<span>${this.size.width}</span>`;
  }
}
/** The map's way: floored, and the last width kept while hidden. */
class KeepHost extends LitElement {
  readonly size = new WidthController(this, Math.floor, true);
  protected override render() {
    return html`<span>${this.size.width}</span>`;
  }
}
type Host = RoundHost | KeepHost;
customElements.define('test-width-round', RoundHost);
customElements.define('test-width-keep', KeepHost);

async function place<T extends Host>(tag: string, width: string): Promise<T> {
  const host = document.createElement(tag) as T;
  host.style.display = 'block';
  host.style.width = width;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

const rendered = (host: Host) => host.shadowRoot!.querySelector('span')!.textContent;

describe('WidthController', () => {
  afterEach(unmountAll);

  it('should measure the host, rounded, and re-render it with the width', async () => {
    const host = await place<RoundHost>('test-width-round', '300.6px');
    await vi.waitFor(() => expect(rendered(host)).toBe('301'));
    host.style.width = '420px';
    await vi.waitFor(() => expect(rendered(host)).toBe('420'));
  });

  it('should floor with Math.floor', async () => {
    const host = await place<KeepHost>('test-width-keep', '300.6px');
    await vi.waitFor(() => expect(rendered(host)).toBe('300'));
  });

  it('should take 0 when the host is hidden, unless asked to keep the last width', async () => {
    const round = await place<RoundHost>('test-width-round', '300px');
    const keep = await place<KeepHost>('test-width-keep', '300px');
    await vi.waitFor(() => expect([rendered(round), rendered(keep)]).toEqual(['300', '300']));
    round.style.display = 'none';
    keep.style.display = 'none';
    await vi.waitFor(() => expect(round.size.width).toBe(0));
    // Both observers have reported the hidden size by now (one frame delivers every observation).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(keep.size.width).toBe(300);
  });

  it('should measure again after the host is moved out and back in', async () => {
    const host = await place<RoundHost>('test-width-round', '300px');
    await vi.waitFor(() => expect(host.size.width).toBe(300));
    host.remove();
    host.style.width = '200px';
    document.body.append(host);
    await vi.waitFor(() => expect(rendered(host)).toBe('200'));
  });
});
