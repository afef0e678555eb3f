import { isAnalysisTab, type AnalysesView } from './analysis-tabs';

/**
 * The analyses part of a share link's view, checked field by field: a link
 * is input from anyone, so a field of the wrong type is dropped rather than
 * trusted (the scenario itself is validated by `decodeShare`).
 */
export function readAnalysesView(value: unknown): AnalysesView | null {
  if (typeof value !== 'object' || value === null) return null;
  const { tab, sweep } = value as { tab?: unknown; sweep?: unknown };
  const view: { tab?: AnalysesView['tab']; sweep?: AnalysesView['sweep'] } = {};
  if (isAnalysisTab(tab)) view.tab = tab;
  if (typeof sweep === 'object' && sweep !== null) {
    const { parameter, from, to, steps } = sweep as Record<string, unknown>;
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (typeof parameter === 'string' && finite(from) && finite(to) && finite(steps)) view.sweep = { parameter, from, to, steps };
  }
  return view.tab === undefined && view.sweep === undefined ? null : view;
}
