/**
 * The top bar's Export menu: the scenario, its result and the map as files.
 * A chunk of its own, loaded on the first export: most sessions never ask
 * for one, and the first script stays small.
 */
import { msg, str } from '../components/i18n';
import { elementLocale } from '../components/element-locale';
import type { Result, Scenario } from '../model/types';
import { exportSvg, svgToPng } from '../components/chart-export';
import { downloadBlob, downloadFile, fileStem } from './download-file';
import { resultToCsv } from './result-to-csv';
import { whyToCsv } from '../analysis/why-csv';
import { corridorLegend } from './analyses/analysis-export';
import { exportedScenario, exportStem } from './workspace/scenario-label';
import { splitSummary } from '../components/corridor-split/split-rows';
import { splitChart } from '../components/corridor-split/split-chart';
import { UNMET_PAINT } from '../components/corridor-colors';

export type TopBarExport = 'scenario' | 'result-json' | 'result-csv' | 'why-csv' | 'map-svg' | 'map-png' | 'split-svg' | 'split-png';

export interface ExportSource {
  /** The scenario as the editor holds it. */
  readonly scenario: Scenario | null;
  /** The shipped model it started from, unedited; null when it came from elsewhere. */
  readonly model: Scenario | null;
  /** The answer on screen and the scenario it answers. */
  readonly shown: { readonly scenario: Scenario; readonly result: Result } | null;
  /** The `<corridor-map>` on screen. */
  readonly map: Element | null;
  /** The `<corridor-split>` on screen: the split chart is drawn inside it, so it takes the page's colours and font. */
  readonly split: Element | null;
}

/** Offers the file of `kind` for download; nothing when there is nothing to export yet. */
export function exportFile(kind: TopBarExport, from: ExportSource): void {
  const { scenario, model, shown } = from;
  switch (kind) {
    case 'scenario':
      if (scenario !== null) {
        const named = exportedScenario(scenario, model);
        downloadFile(`${fileStem(named.name)}.json`, `${JSON.stringify(named, null, 2)}\n`, 'application/json');
      }
      return;
    case 'result-json':
      if (shown !== null) downloadFile(`${exportStem(shown.scenario, model)}-result.json`, `${JSON.stringify(shown.result, null, 2)}\n`, 'application/json');
      return;
    case 'result-csv':
      if (shown !== null) downloadFile(`${exportStem(shown.scenario, model)}-result.csv`, resultToCsv(shown.scenario, shown.result), 'text/csv');
      return;
    case 'why-csv':
      if (shown !== null) downloadFile(`${exportStem(shown.scenario, model)}-costs-by-demand.csv`, whyToCsv(shown.scenario, shown.result), 'text/csv');
      return;
    case 'map-svg': {
      const text = shown === null ? null : mapSvg(from.map, exportedScenario(shown.scenario, model));
      if (text !== null && shown !== null) downloadFile(`${exportStem(shown.scenario, model)}-map.svg`, text, 'image/svg+xml');
      return;
    }
    case 'map-png': {
      const text = shown === null ? null : mapSvg(from.map, exportedScenario(shown.scenario, model));
      // The map drawn at twice its size (sharp in print), as every chart's PNG.
      if (text !== null && shown !== null) void svgToPng(text, 2).then((png) => downloadBlob(`${exportStem(shown.scenario, model)}-map.png`, png));
      return;
    }
    case 'split-svg': {
      const text = shown === null ? null : splitSvg(from.split, exportedScenario(shown.scenario, model), shown.result);
      if (text !== null && shown !== null) downloadFile(`${exportStem(shown.scenario, model)}-split.svg`, text, 'image/svg+xml');
      return;
    }
    case 'split-png': {
      const text = shown === null ? null : splitSvg(from.split, exportedScenario(shown.scenario, model), shown.result);
      if (text !== null && shown !== null) void svgToPng(text, 2).then((png) => downloadBlob(`${exportStem(shown.scenario, model)}-split.png`, png));
      return;
    }
  }
}

/**
 * The map as one SVG: its layers (countries, links and flows, labels) stacked
 * as the page draws them, under the scenario's name, with the corridors'
 * colours as the legend. The view is the one on screen (zoom and pan kept).
 */
export function mapSvg(map: Element | null, scenario: Scenario): string | null {
  const root = map?.shadowRoot;
  if (!root) return null;
  const layers = [
    ...root.querySelectorAll<SVGSVGElement>('svg.layer.backdrop'),
    ...root.querySelectorAll<SVGSVGElement>('svg.layer:not(.backdrop):not(.top)'),
    ...root.querySelectorAll<SVGSVGElement>('svg.layer.top'),
  ];
  if (layers.length === 0) return null;
  return exportSvg(layers, {
    title: msg(str`${scenario.name}: network and flows`),
    subtitle: msg('Freight flows in t/yr (line width by flow, coloured by corridor); binding capacities marked.'),
    legend: corridorLegend(scenario),
  });
}

/**
 * The answer's split as one SVG: a bar per corridor in t/yr with its share of
 * the served freight, the unmet demand apart, under the scenario's name.
 * Drawn for the moment of the export where the split stands on the page
 * (the corridors' colours resolve as there), then taken away.
 */
export function splitSvg(split: Element | null, scenario: Scenario, result: Result): string | null {
  const chart = splitChart(splitSummary(scenario, result), elementLocale(split ?? document.documentElement));
  if (chart === null) return null;
  const within = split?.shadowRoot ?? document.body;
  within.append(chart);
  try {
    return exportSvg(chart, {
      title: msg(str`${scenario.name}: freight by corridor`),
      subtitle: msg('Freight per corridor in t/yr and its share (%) of the served freight; unmet demand apart, as a share of all demand.'),
      legend: [...corridorLegend(scenario), { label: msg('Unmet demand'), paint: UNMET_PAINT }],
    });
  } finally {
    chart.remove();
  }
}
