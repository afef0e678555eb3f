/**
 * `styleProps` sets computed styles through the CSSOM, so that the elements
 * keep their computed sizes and colours in a page under `style-src 'self'`
 * (issue 4). The CSP checks run in a same-origin `srcdoc` frame whose own
 * meta policy is `style-src 'self'`: Lit renders into that frame's document,
 * and the frame reports every style it refuses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { html, render, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from '../../../src/components/style-props';
import { recordStyleAttributeWrites } from './style-attribute-writes';

const containers: HTMLElement[] = [];

afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
});

function container(): HTMLElement {
  const c = document.createElement('div');
  document.body.append(c);
  containers.push(c);
  return c;
}

/** Every `setAttribute('style', …)` made while `act` runs. */
function styleAttributeWrites(act: () => void): readonly string[] {
  const recording = recordStyleAttributeWrites();
  try {
    act();
  } finally {
    recording.stop();
  }
  return recording.writes;
}

describe('styleProps', () => {
  it('should set each property through the CSSOM on the first render and never write a style attribute', () => {
    const c = container();
    const writes = styleAttributeWrites(() =>
      render(html`<div style=${styleProps({ width: '40px', 'background-color': 'rgb(1, 2, 3)', '--paint': 'red' })}></div>`, c),
    );
    const div = c.querySelector('div')!;
    expect(writes).toEqual([]);
    expect(getComputedStyle(div).width).toBe('40px');
    expect(getComputedStyle(div).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(div.style.getPropertyValue('--paint')).toBe('red');
  });

  it('should update changed properties and remove those that disappear or become null, undefined or empty', () => {
    const c = container();
    const draw = (props: Record<string, string | number | null | undefined>): void => {
      render(html`<div style=${styleProps(props)}></div>`, c);
    };
    draw({ width: '40px', height: '10px', opacity: 0.5, '--a': '1', '--b': '2' });
    const div = c.querySelector('div')!;
    const writes = styleAttributeWrites(() => draw({ width: '50px', height: null, opacity: undefined, '--a': '' }));
    expect(writes).toEqual([]);
    expect(div.style.getPropertyValue('width')).toBe('50px');
    expect(div.style.getPropertyValue('height')).toBe('');
    expect(div.style.getPropertyValue('opacity')).toBe('');
    expect(div.style.getPropertyValue('--a')).toBe('');
    expect(div.style.getPropertyValue('--b')).toBe('');
  });

  it('should write numbers with String(), for unitless properties', () => {
    const c = container();
    render(html`<div style=${styleProps({ opacity: 0.25, '--at': 3 })}></div>`, c);
    const div = c.querySelector('div')!;
    expect(getComputedStyle(div).opacity).toBe('0.25');
    expect(div.style.getPropertyValue('--at')).toBe('3');
  });

  it('should style SVG elements too', () => {
    const c = container();
    render(html`<svg>${svg`<rect width="10" height="10" style=${styleProps({ fill: 'rgb(9, 8, 7)', 'stroke-width': '3px' })}></rect>`}</svg>`, c);
    const rect = c.querySelector('rect')!;
    expect(getComputedStyle(rect).fill).toBe('rgb(9, 8, 7)');
    expect(getComputedStyle(rect).strokeWidth).toBe('3px');
  });

  it('should ignore a value that is not one valid value of its property, so untrusted text cannot set another', () => {
    const c = container();
    render(html`<div style=${styleProps({ 'background-color': 'red; width: 99px' })}></div>`, c);
    const div = c.querySelector('div')!;
    expect(div.style.getPropertyValue('background-color')).toBe('');
    expect(div.style.getPropertyValue('width')).toBe('');
  });

  it('should refuse to be bound anywhere but as the whole value of a style attribute', () => {
    const c = container();
    expect(() => render(html`<div class=${styleProps({ width: '1px' })}></div>`, c)).toThrow(/styleProps/);
    expect(() => render(html`<p style="color: red; ${styleProps({ width: '1px' })}"></p>`, c)).toThrow(/styleProps/);
    expect(() => render(html`<span>${styleProps({ width: '1px' })}</span>`, c)).toThrow(/styleProps/);
  });
});

/** A same-origin frame under `policy` (a meta CSP), and the violations it reports, as `directive: sample`. */
async function frameUnder(policy: string): Promise<{ doc: Document; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body></body></html>`;
  const loaded = new Promise<void>((done) => frame.addEventListener('load', () => done(), { once: true }));
  const holder = container();
  holder.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective}: ${e.sample}`));
  return { doc, violations };
}

/** Resolves once `list` has at least `count` entries, or after 2 s. */
async function until(list: readonly unknown[], count: number): Promise<void> {
  const start = performance.now();
  while (list.length < count && performance.now() - start < 2000) await new Promise((r) => setTimeout(r, 10));
}

describe("styleProps under style-src 'self'", () => {
  it("should be applied without a violation, where styleMap's first render is refused", async () => {
    const { doc, violations } = await frameUnder("default-src 'self'; style-src 'self' 'report-sample'");
    // styleProps first, then styleMap: violations arrive in order, so when the
    // styleMap one has arrived, one from styleProps would have too.
    render(html`<div id="props" style=${styleProps({ width: '41px' })}></div><div id="map" style=${styleMap({ width: '42px' })}></div>`, doc.body, {
      creationScope: doc,
    });
    await until(violations, 1);
    await new Promise((r) => setTimeout(r, 50));

    expect(violations).toEqual(['style-src-attr: width:42px;']);
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.getElementById('props')!).width).toBe('41px');
    expect(view.getComputedStyle(doc.getElementById('map')!).width).not.toBe('42px');
  });
});
