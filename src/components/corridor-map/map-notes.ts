import type { Result, Scenario } from '../../model/types';
import { msg, str } from '../i18n';
import type { MapLayout } from './map-layout';

/** What the map cannot show: no flows yet or none, nodes without coordinates. */
export function mapNotes(result: Result | null, layout: MapLayout): readonly string[] {
  const notes: string[] = [];
  if (result === null) notes.push(msg('Not solved yet: lines show the network without flows.'));
  else if (result.status === 'infeasible') notes.push(msg('No flows: the scenario is infeasible.'));
  else if (result.status !== 'optimal') notes.push(msg('No flows: the solve failed.'));
  if (layout.unplaced > 0) {
    notes.push(layout.unplaced === 1 ? msg('1 node has no coordinates and is not drawn.') : msg(str`${layout.unplaced} nodes have no coordinates and are not drawn.`));
  }
  return notes;
}

/** The legend's words for the traced demand, or null when none is traced. */
export function tracingText(routeLinks: ReadonlySet<string> | null, scenario: Scenario | null, demandId: string | null): string | null {
  if (routeLinks === null) return null;
  const demand = scenario?.demands.find((d) => d.id === demandId);
  const name = demand?.label !== undefined && demand.label !== '' ? demand.label : (demandId ?? '');
  return routeLinks.size === 0 ? msg(str`Demand ${name}: nothing served`) : msg(str`Routes of demand ${name}`);
}
