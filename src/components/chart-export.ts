/**
 * A chart as a file: a standalone SVG (its computed styles written onto
 * each element, so it looks the same outside the page's shadow roots and
 * stylesheets, with a title, a note of units and a legend drawn in), and a
 * PNG of that SVG drawn on a canvas. For any chart that draws one `<svg>`;
 * elements marked `data-export-omit` (focus rings, the selection) are left out.
 */

/** One legend entry: its words and the paint of its swatch (any CSS colour, `var(…)` included). */
export interface ChartLegendItem {
  readonly label: string;
  readonly paint: string;
}

export interface ChartExportOptions {
  /** First line, bold: what the chart is and of which scenario. */
  readonly title: string;
  /** Second line: units, the base year, the source of the figures. */
  readonly subtitle?: string;
  readonly legend?: readonly ChartLegendItem[];
}

/** Presentation properties worth carrying over; the rest the SVG defaults do right. */
const CARRIED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  // Labels drawn with a halo (a light stroke under dark text) need it, or the halo covers the letters.
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  // A colour scale's gradient: its stops are painted through the CSSOM, which the clone leaves behind.
  'stop-color',
  'stop-opacity',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER_LINE = 18;
const LEGEND_ROW = 18;
const PAD = 12;

/**
 * The SVG text of `svg` with every element's computed styles inlined, on a
 * white background, under a header (title, subtitle) and above a legend.
 * `svg` must be in the document (styles are read from the live element).
 * Several SVGs (a map's layers, drawn one over another) are stacked in
 * order at the same place, sized by the first. `below` are drawn under the
 * chart, above the legend, each under the caption its `data-export-caption`
 * holds: a key the page draws beside the chart (a heatmap's colour scale).
 */
export function exportSvg(layers: SVGSVGElement | readonly SVGSVGElement[], options: ChartExportOptions, below: readonly SVGSVGElement[] = []): string {
  const all: readonly SVGSVGElement[] = Array.isArray(layers) ? layers : [layers as SVGSVGElement];
  const svg = all[0];
  if (svg === undefined) throw new Error('exportSvg: no SVG to export');
  const { width, height } = sizeOf(svg);
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  const headerHeight = PAD + HEADER_LINE + (options.subtitle ? HEADER_LINE : 0) + PAD / 2;
  const legend = options.legend ?? [];
  const legendLayout = layoutLegend(legend, width - 2 * PAD);
  const legendHeight = legend.length > 0 ? legendLayout.rows * LEGEND_ROW + PAD : 0;
  const keys = below.map((key) => ({ key, caption: key.dataset.exportCaption ?? '', ...sizeOf(key) }));
  const keysHeight = keys.reduce((sum, k) => sum + PAD / 2 + (k.caption ? HEADER_LINE : 0) + k.height, 0);
  // A title longer than a narrow chart widens the picture rather than being cut (~8 px a character at 15 px).
  const wide = Math.max(width, PAD * 2 + Math.max(options.title.length * 8.5, (options.subtitle ?? '').length * 6.6), ...keys.map((k) => PAD * 2 + Math.max(k.width, k.caption.length * 6.6)));
  const total = { width: Math.ceil(wide), height: Math.ceil(headerHeight + height + keysHeight + legendHeight + PAD / 2) };

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(total.width));
  out.setAttribute('height', String(total.height));
  out.setAttribute('viewBox', `0 0 ${total.width} ${total.height}`);
  out.setAttribute('font-family', font);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  out.append(title);
  out.append(rect(0, 0, total.width, total.height, '#ffffff'));
  out.append(text(PAD, PAD + 13, options.title, { 'font-size': '15', 'font-weight': '600', fill: '#1c2430' }));
  if (options.subtitle) out.append(text(PAD, PAD + HEADER_LINE + 12, options.subtitle, { 'font-size': '12', fill: '#5b6673' }));
  for (const layer of all) out.append(placed(layer, 0, headerHeight, width, height));
  let y = headerHeight + height;
  for (const k of keys) {
    y += PAD / 2;
    if (k.caption) {
      out.append(text(PAD, y + 13, k.caption, { 'font-size': '12', fill: '#1c2430' }));
      y += HEADER_LINE;
    }
    out.append(placed(k.key, PAD, y, k.width, k.height));
    y += k.height;
  }
  const top = headerHeight + height + keysHeight + PAD / 2;
  legend.forEach((item, i) => {
    const { x, row } = legendLayout.positions[i]!;
    const y = top + row * LEGEND_ROW;
    out.append(rect(PAD + x, y, 11, 11, resolvePaint(svg, item.paint)));
    out.append(text(PAD + x + 16, y + 10, item.label, { 'font-size': '12', fill: '#1c2430' }));
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
}

function sizeOf(svg: SVGSVGElement): { readonly width: number; readonly height: number } {
  return { width: svg.width.baseVal.value || svg.getBoundingClientRect().width, height: svg.height.baseVal.value || svg.getBoundingClientRect().height };
}

/** A copy of `layer` with its styles inlined, at (x, y) in the exported picture. */
function placed(layer: SVGSVGElement, x: number, y: number, width: number, height: number): SVGSVGElement {
  const clone = layer.cloneNode(true) as SVGSVGElement;
  inlineStyles(layer, clone);
  // Interaction only: focus rings, the selection and the like would print as boxes.
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  for (const el of clone.querySelectorAll('[data-export-omit]')) el.remove();
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  clone.removeAttribute('part');
  clone.removeAttribute('data-export-below');
  clone.removeAttribute('data-export-caption');
  return clone;
}

/** The width and height an exported SVG text declares, px. */
export function svgSize(svgText: string): { readonly width: number; readonly height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svgText);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

/** A PNG of an exported SVG text, drawn at `scale` × its size (2: sharp on a high-density screen and in print). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('svgToPng: no 2D canvas context');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svgToPng: the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies the carried computed styles of `source` and its descendants onto `target`'s, as attributes. */
function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  for (const property of CARRIED) {
    // Only a gradient's stops use these; on every other element they would be noise in the file.
    if (property.startsWith('stop-') && source.localName !== 'stop') continue;
    const value = style.getPropertyValue(property);
    if (value !== '') target.setAttribute(property, value);
  }
  // The computed values above replace classes and inline `var(…)` paints, which mean nothing outside the page.
  target.removeAttribute('class');
  target.removeAttribute('style');
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** A paint such as `var(--corridor-color-titr, #1f62a8)` as the colour it resolves to where `within` stands. */
export function resolvePaint(within: Element, paint: string): string {
  const probe = document.createElementNS(SVG_NS, 'rect');
  probe.style.setProperty('fill', paint);
  within.append(probe);
  const value = getComputedStyle(probe).fill;
  probe.remove();
  return value === '' || value === 'none' ? paint : value;
}

function layoutLegend(items: readonly ChartLegendItem[], width: number): { rows: number; positions: { x: number; row: number }[] } {
  const positions: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    // ~7 px a character at 12 px: close enough to lay out a legend without measuring text.
    const w = 16 + item.label.length * 7 + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    positions.push({ x, row });
    x += w;
  }
  return { rows: items.length === 0 ? 0 : row + 1, positions };
}

function rect(x: number, y: number, width: number, height: number, fill: string): SVGRectElement {
  const r = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x, y, width, height, fill })) r.setAttribute(k, String(v));
  return r;
}

function text(x: number, y: number, words: string, attributes: Readonly<Record<string, string>>): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attributes)) t.setAttribute(k, v);
  t.textContent = words;
  return t;
}
