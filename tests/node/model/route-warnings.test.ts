import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenario } from '../../../src/model';
import { smallScenario, type Draft } from './small-scenario';

function warningsFor(edit: (scenario: Draft) => void): string[] {
  const scenario = smallScenario();
  edit(scenario);
  const outcome = parseScenario(JSON.stringify(scenario));
  if (!outcome.ok) throw new Error(`warningsFor: the test scenario is invalid: ${outcome.errors.map(formatProblem).join('; ')}`);
  return outcome.warnings.map(formatProblem);
}

/** A branch from Alat through Armenia (TRIPP gate at Meghri) to Mersin: after the TITR ferry, a second gate. */
function addTripp(s: Draft): void {
  s.nodes.push({ id: 'meghri', country: 'AM', kind: 'border' });
  s.links.push(
    { id: 'rail_alat_meghri', from: 'alat', to: 'meghri', cost: 20 },
    { id: 'tripp_meghri', from: 'meghri', to: 'tr_mersin', cost: 30 },
  );
  s.corridors.push({ id: 'tripp', gates: ['tripp_meghri'] });
}

describe('the route warnings of parseScenario', () => {
  describe('on gates that count twice', () => {
    it('should warn when one route can cross the gates of two corridors, naming both gate links', () => {
      // Act
      const warnings = warningsFor(addTripp);

      // Assert
      expect(warnings).toEqual([
        'corridors: a route from "kz_grain" to "tr_mersin" can cross gate "ferry_aktau_alat" (titr) and gate "tripp_meghri" (tripp): its tonnes would count twice',
      ]);
    });

    it('should warn when one route can cross two gates of the same corridor', () => {
      // Act
      const warnings = warningsFor((s) => s.corridors[0].gates.push('rail_alat_mersin'));

      // Assert
      expect(warnings).toEqual([
        'corridors: a route from "kz_grain" to "tr_mersin" can cross gate "ferry_aktau_alat" (titr) and gate "rail_alat_mersin" (titr): its tonnes would count twice',
      ]);
    });

    it('should not warn about parallel gates, which no route crosses in turn', () => {
      // Act
      const warnings = warningsFor(() => {});

      // Assert
      expect(warnings).toEqual([]);
    });

    it('should not warn about the two directions of a two-way gate', () => {
      // Act: the ferry back from Alat to Aktau is a TITR gate too
      const warnings = warningsFor((s) => {
        s.links.push({ id: 'ferry_alat_aktau', from: 'alat', to: 'aktau', mode: 'ferry', cost: 40 });
        s.corridors[0].gates.push('ferry_alat_aktau');
      });

      // Assert
      expect(warnings).toEqual([]);
    });

    it('should not warn when the second gate is closed: its corridor or its link is disabled', () => {
      // Act
      const corridorClosed = warningsFor((s) => {
        addTripp(s);
        s.corridors[2].enabled = false;
      });
      const linkClosed = warningsFor((s) => {
        addTripp(s);
        s.links[6].enabled = false;
      });

      // Assert
      expect(corridorClosed).toEqual([]);
      expect(linkClosed).toEqual([]);
    });

    it('should not warn when no demand travels where the second gate leads', () => {
      // Act: the TRIPP gate leads to a node from which Mersin cannot be reached
      const warnings = warningsFor((s) => {
        addTripp(s);
        s.nodes.push({ id: 'nakhchivan', country: 'AZ' });
        s.links[6].to = 'nakhchivan';
      });

      // Assert
      expect(warnings).toEqual([]);
    });
  });

  describe('on demands that cannot be served', () => {
    it('should warn about a hard demand whose destination cannot be reached, saying the scenario is infeasible', () => {
      // Act: both routes into Mersin closed
      const warnings = warningsFor((s) => {
        s.links[2].enabled = false;
        s.links[4].enabled = false;
      });

      // Assert
      expect(warnings).toEqual([
        'demands[0]: no route from "kz_grain" to "tr_mersin" over enabled nodes and links: it cannot be served, and without an unmetPenalty the scenario is infeasible',
      ]);
    });

    it('should warn about a soft demand without calling the scenario infeasible', () => {
      // Act
      const warnings = warningsFor((s) => {
        s.demands[0].unmetPenalty = 500;
        s.corridors[0].enabled = false;
        s.nodes[3].enabled = false;
      });

      // Assert
      expect(warnings).toEqual(['demands[0]: no route from "kz_grain" to "tr_mersin" over enabled nodes and links: it cannot be served']);
    });

    it('should name a disabled origin or destination', () => {
      // Act
      const warnings = warningsFor((s) => {
        s.demands.push({ id: 'back', from: 'tr_mersin', to: 'aktau', volume: 10, unmetPenalty: 1 });
        s.nodes[0].enabled = false;
      });

      // Assert
      expect(warnings).toEqual([
        'demands[0]: its origin node "kz_grain" is disabled: it cannot be served, and without an unmetPenalty the scenario is infeasible',
        'demands[1]: no route from "tr_mersin" to "aktau" over enabled nodes and links: it cannot be served',
      ]);
    });
  });

  it('should not look at routes while the scenario has errors', () => {
    // Arrange: a double crossing, but also an error
    const scenario = smallScenario();
    addTripp(scenario);
    scenario.links[0].cost = -1;

    // Act
    const outcome = parseScenario(scenario);

    // Assert
    expect(outcome.ok).toBe(false);
    expect(outcome.warnings).toEqual([]);
  });
});
