import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../components/i18n';
import type { Scenario } from '../../model/types';
import { exportSvg, svgToPng, type ChartExportOptions, type ChartLegendItem } from '../../components/chart-export';
import { corridorColor, OTHER_PAINT } from '../../components/corridor-colors';
import { downloadBlob, downloadFile, fileStem } from '../download-file';

export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';

/**
 * What an analysis panel offers as files: its figures as JSON (as the
 * command line's `--json` prints them where there is one) and CSV (named
 * columns with units), and its chart as SVG and PNG with a title, units and
 * a legend drawn in. A panel without figures yet offers nothing.
 */
export interface AnalysisFiles {
  /** File name without extension, e.g. `caspian-2030-sensitivity`. */
  readonly stem: string;
  readonly json: () => unknown;
  readonly csv?: () => string;
  readonly chart?: {
    /** The host element of the chart (its shadow root draws one `svg[part="chart"]`). */
    readonly element: () => Element | null;
    readonly options: ChartExportOptions;
  };
}

/** `<scenario>-<analysis>`, the stem every analysis file is named by. */
export function analysisStem(scenario: Scenario, analysis: string): string {
  return `${fileStem(scenario.name)}-${analysis}`;
}

/** The corridors (and other) with their colours, as the charts paint them: the legend of an exported chart. */
export function corridorLegend(scenario: Scenario): readonly ChartLegendItem[] {
  return [...(scenario.corridors ?? []).map((c, i) => ({ label: c.name ?? c.id, paint: corridorColor(c, i) })), { label: msg('Other routes'), paint: OTHER_PAINT }];
}

/** The chart's SVG text, or null when it draws none (no figures yet). */
export function chartSvgText(files: AnalysisFiles): string | null {
  const chart = files.chart;
  const root = chart?.element()?.shadowRoot;
  const svg = root?.querySelector<SVGSVGElement>('svg[part="chart"]') ?? null;
  // Keys the chart draws beside itself in HTML (a colour scale) belong in the file too.
  const below = [...(root?.querySelectorAll<SVGSVGElement>('svg[data-export-below]') ?? [])];
  return chart && svg ? exportSvg(svg, chart.options, below) : null;
}

/** Offers the file of `format` for download. */
export async function exportAnalysis(files: AnalysisFiles, format: ExportFormat): Promise<void> {
  switch (format) {
    case 'json':
      downloadFile(`${files.stem}.json`, `${JSON.stringify(files.json(), null, 2)}\n`, 'application/json');
      return;
    case 'csv':
      if (files.csv) downloadFile(`${files.stem}.csv`, files.csv(), 'text/csv');
      return;
    case 'svg': {
      const text = chartSvgText(files);
      if (text !== null) downloadFile(`${files.stem}.svg`, text, 'image/svg+xml');
      return;
    }
    case 'png': {
      const text = chartSvgText(files);
      if (text !== null) downloadBlob(`${files.stem}.png`, await svgToPng(text, 2));
      return;
    }
  }
}

/**
 * The one Export menu every analysis panel shows under its figures: a
 * disclosure (Escape closes it and returns focus to it) with a button per
 * file the panel can give.
 */
export function renderExportMenu(files: AnalysisFiles | null, onExport: (format: ExportFormat) => void): TemplateResult | typeof nothing {
  if (files === null) return nothing;
  const items: [ExportFormat, string][] = [
    ...(files.csv ? [['csv', msg('Table (CSV)')] as [ExportFormat, string]] : []),
    ['json', msg('Figures (JSON)')],
    ...(files.chart ? ([['svg', msg('Chart (SVG)')], ['png', msg('Chart (PNG)')]] as [ExportFormat, string][]) : []),
  ];
  const close = (event: Event) => {
    const menu = (event.currentTarget as Element).closest('details');
    menu?.removeAttribute('open');
    menu?.querySelector('summary')?.focus();
  };
  return html`<details
    class="export-menu"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') close(e);
    }}
  >
    <summary>${msg('Export')}</summary>
    <div class="export-items" role="group" aria-label=${msg('Export files')}>
      ${items.map(
        ([format, label]) =>
          html`<button
            type="button"
            data-format=${format}
            @click=${(e: Event) => {
              close(e);
              onExport(format);
            }}
          >
            ${label}
          </button>`,
      )}
    </div>
  </details>`;
}
