import type { Project, Result, Scenario } from '../../model/types';
import type { PlanResult } from '../../plan/types';
import { shareSeries, type ShareSeries } from '../corridor-sweep/share-series';
import { UNMET_PAINT } from '../corridor-colors';
import { msg } from '../i18n';

/** One model year as a bar of the timeline: the calendar years it stands for and its stacked flows. */
export interface YearBar {
  readonly year: number;
  /** First calendar year after the span (the next model year, or `end` + 1). */
  readonly until: number;
  readonly weight: number;
  readonly result: Result;
  /** t/yr per series (corridors, other, then unmet), bottom up. */
  readonly stack: readonly { readonly id: string; readonly value: number }[];
  readonly total: number;
}

/** One project on the build plan. */
export interface BuildRow {
  readonly id: string;
  readonly label: string;
  readonly opens: number | null;
  readonly fraction: number;
  readonly project: Project | undefined;
}

export interface PlanTimeline {
  readonly series: readonly ShareSeries[];
  readonly bars: readonly YearBar[];
  readonly builds: readonly BuildRow[];
  /** First calendar year shown. */
  readonly start: number;
  /** First calendar year after the horizon (`end` + 1). */
  readonly stop: number;
  readonly hasUnmet: boolean;
}

/** A getter, so the label is in the language shown when the timeline is built. */
export const UNMET_SERIES: ShareSeries = {
  id: 'unmet',
  get label() {
    return msg('Unmet demand');
  },
  paint: UNMET_PAINT,
};

/**
 * The plan as a timeline: each model year's bar spans the calendar years it
 * stands for (spec: model year t counts from `years[t]` up to the year
 * before `years[t+1]`, the last up to `end`), so the bars and the build plan
 * share one time axis and a long last period looks long.
 */
export function planTimeline(plan: PlanResult, scenario: Scenario | null): PlanTimeline {
  const ids = new Set<string>();
  for (const y of plan.years) for (const c of y.result.corridors) ids.add(c.id);
  const corridorSeries = shareSeries(scenario, ids);
  const hasUnmet = plan.years.some((y) => y.result.unmet > 1e-9);
  const series = hasUnmet ? [...corridorSeries, UNMET_SERIES] : corridorSeries;
  const years = plan.years.map((y) => y.year);
  const last = years.at(-1) ?? 0;
  const end = Math.max(scenario?.horizon?.end ?? last, last);
  const bars = plan.years.map((y, t) => {
    const r = y.result;
    const value = (id: string): number => {
      if (id === 'unmet') return Math.max(0, r.unmet);
      if (id === 'other') return Math.max(0, r.other.flow);
      return Math.max(0, r.corridors.find((c) => c.id === id)?.flow ?? 0);
    };
    const stack = series.map((s) => ({ id: s.id, value: value(s.id) }));
    return { year: y.year, until: years[t + 1] ?? end + 1, weight: y.weight, result: r, stack, total: stack.reduce((a, s) => a + s.value, 0) };
  });
  const byId = new Map((scenario?.projects ?? []).map((p) => [p.id, p]));
  const builds = plan.projects.map((p) => {
    const project = byId.get(p.id);
    return { id: p.id, label: project?.name ?? p.id, opens: p.opens, fraction: p.fraction, project };
  });
  return { series, bars, builds, start: years[0] ?? 0, stop: end + 1, hasUnmet };
}
