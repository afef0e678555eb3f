import type { FlowLabel, MapLabels, NameLabel } from './map-labels';

/**
 * Label texts newly drawn (or moved) per frame:
 * a zoom or pan of a large network brings hundreds of new names, whose
 * style, layout and paint in one frame made a task of 80–120 ms CPU at 1M
 * (60 a frame: tasks of up to 45 ms CPU; 30: up to 18 ms).
 */
export const LABELS_PER_STEP = 30;

const sameName = (a: NameLabel, b: NameLabel): boolean => a.text === b.text && a.x === b.x && a.y === b.y && a.dx === b.dx && a.dy === b.dy && a.anchor === b.anchor;
const sameFlow = (a: FlowLabel, b: FlowLabel): boolean => a.text === b.text && a.x === b.x && a.y === b.y && a.dx === b.dx && a.dy === b.dy;

/** Whether `shown` (a step towards `target`, made by `labelsStep`) is all of it. */
export function labelsComplete(shown: MapLabels, target: MapLabels): boolean {
  return shown.names.length === target.names.length && shown.flows.length === target.flows.length;
}

/**
 * The next step from the labels `shown` towards `target`: those shown as they
 * are in the target stay, of the others the first `budget` (most important
 * first, names before figures) are added; a label not in the target goes at
 * once. Always a subset of the target, in its order: no label over another.
 */
export function labelsStep(shown: MapLabels, target: MapLabels, budget: number): MapLabels {
  let left = budget;
  const step = <L extends { readonly id: string }>(old: readonly L[], next: readonly L[], same: (a: L, b: L) => boolean): readonly L[] => {
    const byId = new Map(old.map((l) => [l.id, l]));
    return next.filter((l) => {
      const was = byId.get(l.id);
      if (was !== undefined && same(was, l)) return true;
      return left-- > 0;
    });
  };
  const names = step(shown.names, target.names, sameName);
  const flows = step(shown.flows, target.flows, sameFlow);
  return { names, flows };
}
