import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySettings } from '../../support/property-settings';
import { describeValue } from '../../../src/model/describe-value';
import { formatPath } from '../../../src/model/format-path';
import { formatProblem, indexScenario, type Scenario } from '../../../src/model';
import { lineAndColumn, locateJsonError } from '../../../src/model/parse-json-text';
import { closeTo } from '../../support/tolerance';
import { smallScenario } from './small-scenario';

describe('formatProblem', () => {
  it('should print path: message', () => {
    expect(formatProblem({ path: 'links[3].capacity', message: 'expected a number ≥ 0, got -5' })).toBe(
      'links[3].capacity: expected a number ≥ 0, got -5',
    );
  });

  it('should print just the message for a problem of the whole input', () => {
    expect(formatProblem({ path: '', message: 'expected a scenario object, got null' })).toBe('expected a scenario object, got null');
  });
});

describe('formatPath', () => {
  it('should write indexes in brackets, identifiers after dots and other keys quoted', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['links', 3, 'capacity'])).toBe('links[3].capacity');
    expect(formatPath(['editor', 'a key', 0])).toBe('editor["a key"][0]');
  });
});

describe('describeValue', () => {
  it('should name what a message got', () => {
    expect([undefined, null, -5, -0, Infinity, Number.NaN, true, 'astna', [], [1], {}, () => 1, 10n].map(describeValue)).toEqual([
      'nothing',
      'null',
      '-5',
      '0',
      'Infinity',
      'NaN',
      'true',
      '"astna"',
      'an empty array',
      'an array',
      'an object',
      'a function',
      '10n (a bigint)',
    ]);
  });

  it('should shorten long strings', () => {
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });
});

describe('locateJsonError', () => {
  it('should find no error in any valid JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeNull();
      }),
      propertySettings(100),
    );
  });

  it('should find an error wherever JSON.parse does', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', 'x', '\n', '-', '0'), (text, at, inserted) => {
        // Arrange: insert one character somewhere
        const position = at % (text.length + 1);
        const changed = text.slice(0, position) + inserted + text.slice(position);
        let valid = true;
        try {
          JSON.parse(changed);
        } catch {
          valid = false;
        }

        // Act
        const located = locateJsonError(changed);

        // Assert
        expect(located === null).toBe(valid);
      }),
      propertySettings(100),
    );
  });

  it('should give 1-based lines and columns', () => {
    expect(lineAndColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('indexScenario', () => {
  it('should map ids to items and gate links to their corridor', () => {
    // Arrange
    const scenario = smallScenario() as Scenario;

    // Act
    const index = indexScenario(scenario);

    // Assert
    expect(index.nodes.get('aktau')).toBe(scenario.nodes[1]);
    expect(index.links.get('rail_sarakhs_mersin')).toBe(scenario.links[4]);
    expect(index.demands.get('grain')).toBe(scenario.demands[0]);
    expect(index.sources.get('wb2024')).toBe(scenario.sources?.[0]);
    expect(index.corridorOfGate.get('ferry_aktau_alat')?.id).toBe('titr');
    expect(index.corridorOfGate.has('rail_grain_aktau')).toBe(false);
  });
});

describe('closeTo', () => {
  it('should compare relatively for large numbers and absolutely near zero', () => {
    expect(closeTo(1_000_000.5, 1_000_000)).toBe(true);
    expect(closeTo(1_000_002, 1_000_000)).toBe(false);
    expect(closeTo(1e-7, 0)).toBe(true);
    expect(closeTo(2e-6, 0)).toBe(false);
    expect(closeTo(1.05, 1, 0.1)).toBe(true);
  });
});
