import type { SweepSettings } from './sweep-panel';

/** The Analyses area's tabs, in order; kept apart from the element so pure code (share links, workspace files) reads them without Lit. */
export const ANALYSIS_TABS = [
  { id: 'sweep', label: 'Sweep' },
  { id: 'two-way', label: 'Two-way' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'compare', label: 'Compare' },
  { id: 'resilience', label: 'Resilience (N−1)' },
  { id: 'uncertainty', label: 'Uncertainty' },
  { id: 'plan', label: 'Plan' },
  { id: 'calibrate', label: 'Calibrate' },
  { id: 'check', label: 'Check invariants' },
] as const;

export type AnalysisTab = (typeof ANALYSIS_TABS)[number]['id'];

/** What a share link remembers of the analyses: the open tab and the sweep's settings. */
export interface AnalysesView {
  readonly tab?: AnalysisTab;
  readonly sweep?: SweepSettings;
}

export function isAnalysisTab(value: unknown): value is AnalysisTab {
  return ANALYSIS_TABS.some((t) => t.id === value);
}

