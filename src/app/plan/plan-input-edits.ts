import type { Horizon, HorizonChange, Project, ProjectAddition, Scenario } from '../../model/types';

/**
 * Edits of a scenario's planning inputs, each giving the whole next scenario
 * (the planning inputs send it up as the editor does, one undo step per
 * edit). A patch's `undefined` removes that field, so an emptied field goes
 * back to its default; values are taken as typed (possibly invalid: the
 * problems say so beside the field).
 */

/** Merges `patch` into the horizon (an empty one if there is none). */
export function withHorizon(s: Scenario, patch: Partial<Record<keyof Horizon, unknown>>): Scenario {
  const next: Record<string, unknown> = { ...(s.horizon ?? { years: [] }), ...patch };
  for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k];
  return { ...s, horizon: next as unknown as Horizon };
}

/** Merges `patch` into step change `index` (one past the end: a new one), or removes it (`null`); no changes left: no `changes`. */
export function withChange(s: Scenario, index: number, patch: Partial<Record<keyof HorizonChange, unknown>> | null): Scenario {
  const changes = [...(s.horizon?.changes ?? [])];
  if (patch === null) changes.splice(index, 1);
  else changes[index] = { ...changes[index], ...patch } as HorizonChange;
  return withHorizon(s, { changes: changes.length > 0 ? changes : undefined });
}

/** Merges `patch` into project `index` (one past the end: a new one), or removes it (`null`); no projects left: no `projects`. */
export function withProject(s: Scenario, index: number, patch: Partial<Record<keyof Project, unknown>> | null): Scenario {
  const projects = [...(s.projects ?? [])];
  if (patch === null) projects.splice(index, 1);
  else {
    const next: Record<string, unknown> = { ...projects[index], ...patch };
    for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k];
    projects[index] = next as unknown as Project;
  }
  const { projects: _drop, ...rest } = s;
  return projects.length > 0 ? { ...rest, projects } : rest;
}

/** Merges `patch` into addition `index` of project `project`, or removes it (`null`). */
export function withAddition(s: Scenario, project: number, index: number, patch: Partial<Record<keyof ProjectAddition, unknown>> | null): Scenario {
  const adds = [...(s.projects?.[project]?.adds ?? [])];
  if (patch === null) adds.splice(index, 1);
  else adds[index] = { ...adds[index], ...patch } as ProjectAddition;
  return withProject(s, project, { adds });
}

/** Demand `index`'s growth (a fraction per year as read, or text as typed); `undefined` removes it. */
export function withGrowth(s: Scenario, index: number, growth: number | string | undefined): Scenario {
  return {
    ...s,
    demands: s.demands.map((d, i) => {
      if (i !== index) return d;
      const { growth: _drop, ...rest } = d;
      return growth === undefined ? rest : ({ ...rest, growth } as typeof d);
    }),
  };
}

/** A horizon to start from: `year`, +4 and +9, counted to +19, 6 %/yr (a common real rate for transport appraisal). */
export function withStartingHorizon(s: Scenario, year: number): Scenario {
  return withHorizon(s, { years: [year, year + 4, year + 9], end: year + 19, discountRate: 0.06, base: year });
}

/** A new project with the first free id `project-n`, adding 1 Mt/yr to the first link that has a capacity. */
export function withNewProject(s: Scenario): Scenario {
  const ids = new Set((s.projects ?? []).map((p) => p.id));
  let n = (s.projects?.length ?? 0) + 1;
  while (ids.has(`project-${n}`)) n++;
  const link = s.links.find((l) => l.capacity !== undefined);
  const project: Project = { id: `project-${n}`, adds: [{ set: link ? `links.${link.id}.capacity` : '', amount: 1_000_000 }], capex: 0 };
  return { ...s, projects: [...(s.projects ?? []), project] };
}
