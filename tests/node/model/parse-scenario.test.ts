import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySettings } from '../../support/property-settings';
import { formatProblem, LIMITS, parseScenario, type ParseOutcome } from '../../../src/model';
import { smallScenario, type Draft } from './small-scenario';

/** The errors of an outcome as `path: message` lines ([] when it is valid). */
function errorsOf(outcome: ParseOutcome): string[] {
  return outcome.ok ? [] : outcome.errors.map(formatProblem);
}

function warningsOf(outcome: ParseOutcome): string[] {
  return outcome.warnings.map(formatProblem);
}

/** The small scenario after `edit`, as JSON text. */
function textWith(edit: (scenario: Draft) => void): string {
  const scenario = smallScenario();
  edit(scenario);
  return JSON.stringify(scenario);
}

describe('parseScenario', () => {
  describe('on a valid scenario', () => {
    it('should accept it as JSON text, with no errors and no warnings', () => {
      // Arrange
      const text = JSON.stringify(smallScenario());

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([]);
      expect(outcome.ok && outcome.scenario).toEqual(smallScenario());
      expect(outcome.warnings).toEqual([]);
    });

    it('should accept it as an object and return that very object', () => {
      // Arrange
      const scenario = smallScenario();

      // Act
      const outcome = parseScenario(scenario);

      // Assert
      expect(outcome.ok && outcome.scenario).toBe(scenario);
    });

    it('should not fill in defaults, so the scenario keeps the user\'s form', () => {
      // Arrange: nothing optional anywhere
      const text = JSON.stringify({
        format: 'corridor-flow/scenario@1',
        name: 'bare',
        nodes: [{ id: 'a' }, { id: 'b' }],
        links: [{ id: 'ab', from: 'a', to: 'b', cost: 1 }],
        demands: [{ id: 'd', from: 'a', to: 'b', volume: 10 }],
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(JSON.stringify(outcome.scenario)).toBe(text);
      expect('corridors' in outcome.scenario).toBe(false);
      expect(outcome.scenario.nodes[0]).toEqual({ id: 'a' });
      expect(outcome.scenario.links[0]).not.toHaveProperty('mode');
      expect(outcome.scenario.links[0]).not.toHaveProperty('enabled');
    });

    it('should accept the lower bounds: 2 nodes, 1 link, 1 demand, shares 0 and 1, min = mode = max', () => {
      // Arrange
      const text = JSON.stringify({
        format: 'corridor-flow/scenario@1',
        name: 'bounds',
        nodes: [{ id: 'a', capacity: 0, lat: -90, lon: 180 }, { id: 'b' }],
        links: [{ id: 'ab', from: 'a', to: 'b', cost: 0, capacity: 0, days: 0, km: 0 }],
        corridors: [{ id: 'c', gates: ['ab'], minShare: 0, maxShare: 0, minFlow: 5, maxFlow: 5 }],
        demands: [{ id: 'd', from: 'a', to: 'b', volume: 1e-9, valueOfTime: 0, unmetPenalty: 0 }],
        uncertainty: [{ set: 'links.ab.cost', min: 3, mode: 3, max: 3 }],
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([]);
    });

    it('should accept the extensions: assumption on every kind of item, and uncertainty ranges', () => {
      // Arrange
      const text = textWith((s) => {
        s.nodes[0].assumption = 'centroid of the grain belt';
        s.links[0].assumption = 'tariff of 2024, unchanged';
        s.corridors[0].assumption = 'cap from the ferry fleet';
        s.demands[0].assumption = 'five-year average';
        s.uncertainty = [
          { set: 'links.ferry_aktau_alat.cost', min: 30, mode: 40, max: 70 },
          { set: 'demands.grain.volume', min: 2e6, mode: 3e6, max: 4e6 },
          { set: 'corridors.titr.maxShare', min: 0.5, mode: 0.8, max: 1 },
        ];
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([]);
      expect(outcome.warnings).toEqual([]);
    });

    it('should ignore a leading byte-order mark', () => {
      // Arrange
      const text = `\uFEFF${JSON.stringify(smallScenario())}`;

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(outcome.ok).toBe(true);
    });
  });

  describe('on unknown fields', () => {
    it('should keep them, in place, so the parsed scenario writes back to the same text', () => {
      // Arrange
      const text = textWith((s) => {
        s.editor = { zoom: 4, centre: [45, 50] };
        s.nodes[1].photo = 'aktau.jpg';
        s.links[2].tariffs = [{ year: 2023, usd: 50 }];
        s.corridors[0].notes = null;
        s.demands[0].priority = 1;
        s.sources[0].pages = '12-14';
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(outcome.ok).toBe(true);
      expect(outcome.ok && JSON.stringify(outcome.scenario)).toBe(text);
    });

    it('should report each as a warning naming its path, never as an error', () => {
      // Arrange
      const text = textWith((s) => {
        s.editor = { zoom: 4 };
        s.nodes[1].photo = 'aktau.jpg';
        s.uncertainty = [{ set: 'links.rail_alat_mersin.cost', min: 50, mode: 55, max: 60, shape: 'pert' }];
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(outcome.ok).toBe(true);
      expect(warningsOf(outcome)).toEqual([
        'nodes[1].photo: unknown field "photo" (kept as is; not part of corridor-flow/scenario@1)',
        'uncertainty[0].shape: unknown field "shape" (kept as is; not part of corridor-flow/scenario@1)',
        'editor: unknown field "editor" (kept as is; not part of corridor-flow/scenario@1)',
      ]);
    });

    it('should suggest the known field when an unknown one looks like a typo', () => {
      // Arrange
      const text = textWith((s) => {
        s.links[0].capcity = 100;
        s.demands[0].valueOfTim = 1;
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(warningsOf(outcome)).toEqual([
        'links[0].capcity: unknown field "capcity" (kept as is; did you mean "capacity"?)',
        'demands[0].valueOfTim: unknown field "valueOfTim" (kept as is; did you mean "valueOfTime"?)',
      ]);
    });
  });

  describe('on errors', () => {
    it('should word the examples of the spec exactly', () => {
      // Arrange
      const text = textWith((s) => {
        s.links[3].capacity = -5;
        s.demands[0].from = 'astna';
        s.nodes.push({ id: 'baku' }, { id: 'baku' });
        s.nodes[1].id = 'baku';
        s.links[0].to = 'baku';
        s.links[1].from = 'baku';
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'nodes[5].id: duplicate id "baku" (first at nodes[1])',
        'nodes[6].id: duplicate id "baku" (first at nodes[1])',
        'links[3].capacity: expected a number ≥ 0, got -5',
        'demands[0].from: unknown node "astna"',
      ]);
    });

    it('should report every problem at once, across every part of the scenario', () => {
      // Arrange
      const text = textWith((s) => {
        s.format = 'corridor-flow/scenario@0';
        s.nodes[0].kind = 'airport';
        s.links[1].cost = '40';
        delete s.links[2].to;
        s.corridors[1].gates = [];
        s.demands[0].volume = 0;
        s.demands[0].to = 'kz_grain';
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'format: expected "corridor-flow/scenario@1", got "corridor-flow/scenario@0"',
        'nodes[0].kind: expected one of "port", "rail", "border", "city", "hub", got "airport"',
        'links[1].cost: expected a number ≥ 0, got "40"',
        'links[2].to: expected a node id, got nothing (the field is missing)',
        'corridors[1].gates: expected a non-empty array of link ids, got an empty array',
        'demands[0].volume: expected a number > 0, got 0',
        'demands[0].to: expected a node other than from ("kz_grain"), got "kz_grain"',
      ]);
    });

    it('should report 1e999 in the text as an infinite number', () => {
      // Arrange: JSON.parse reads 1e999 as Infinity
      const text = textWith((s) => (s.links[0].capacity = 0)).replace('"capacity":0', '"capacity":1e999');

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual(['links[0].capacity: expected a finite number, got Infinity']);
    });

    it('should report NaN and -Infinity given in an object', () => {
      // Arrange
      const scenario = smallScenario();
      scenario.links[0].cost = Number.NaN;
      scenario.demands[0].valueOfTime = -Infinity;

      // Act
      const outcome = parseScenario(scenario);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'links[0].cost: expected a finite number, got NaN',
        'demands[0].valueOfTime: expected a finite number, got -Infinity',
      ]);
    });

    it('should report minShare above maxShare and minFlow above maxFlow at the lower bound', () => {
      // Arrange
      const text = textWith((s) => {
        Object.assign(s.corridors[0], { minShare: 0.9, maxShare: 0.3 });
        Object.assign(s.corridors[1], { minFlow: 5e6, maxFlow: 1e6 });
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'corridors[0].minShare: expected a number ≤ maxShare (0.3), got 0.9',
        'corridors[1].minFlow: expected a number ≤ maxFlow (1000000), got 5000000',
      ]);
    });

    it('should check the order of shares even when another field of the corridor is wrong', () => {
      // Arrange
      const text = textWith((s) => Object.assign(s.corridors[0], { color: 7, minShare: 0.9, maxShare: 0.3 }));

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'corridors[0].color: expected a CSS colour string, got 7',
        'corridors[0].minShare: expected a number ≤ maxShare (0.3), got 0.9',
      ]);
    });

    it('should report too few nodes together with the problems of the one node there is', () => {
      // Arrange
      const text = textWith((s) => {
        s.nodes = [{ id: 'kz_grain', cost: -1 }];
      });

      // Act
      const errors = errorsOf(parseScenario(text));

      // Assert
      expect(errors.slice(0, 3)).toEqual([
        'nodes: expected at least 2 nodes, got 1 node',
        'nodes[0].cost: expected a number ≥ 0, got -1',
        'links[0].to: unknown node "aktau"',
      ]);
    });

    it('should report a source id when the scenario lists no sources', () => {
      // Arrange
      const text = textWith((s) => {
        delete s.sources;
        s.links[0].source = 'wb2024';
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'nodes[1].source: unknown source "wb2024" (the scenario lists no sources)',
        'links[0].source: unknown source "wb2024" (the scenario lists no sources)',
      ]);
    });

    it('should not report references into an array that is itself broken', () => {
      // Arrange: nodes is not an array, so links and demands cannot be checked against it
      const text = textWith((s) => {
        s.nodes = { kz_grain: {} };
        s.uncertainty = [{ set: 'nodes.kz_grain.cost', min: 1, mode: 2, max: 3 }];
      });

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual(['nodes: expected an array of nodes, got an object']);
    });

    it.each([
      ['null', null, 'expected a scenario object, got null'],
      ['a number', 42, 'expected a scenario object, got 42'],
      ['an array', [], 'expected a scenario object, got an empty array'],
      ['undefined', undefined, 'expected a scenario object, got nothing'],
      ['JSON text of a string', '"scenario"', 'expected a scenario object, got "scenario"'],
    ])('should report a root that is %s as one problem of the whole input', (_, input, message) => {
      // Act
      const outcome = parseScenario(input);

      // Assert
      expect(outcome.ok ? [] : outcome.errors).toEqual([{ path: '', message }]);
    });
  });

  describe('on text that is not JSON', () => {
    it.each([
      ['a trailing comma', '{\n  "a": [1, 2,]\n}', 'invalid JSON at line 2, column 14: expected a value (object, array, string, number, true, false or null), got "]"'],
      ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 'invalid JSON at line 3, column 3: expected \',\' or \'}\', got "\\""'],
      ['an unquoted key', '{ name: "x" }', 'invalid JSON at line 1, column 3: expected a property name in double quotes, got "n"'],
      ['an unterminated string', '{"name": "x', 'invalid JSON at line 1, column 12: unterminated string: expected a closing \'"\', got the end of the text'],
      ['a bad escape', '{"name": "a\\x"}', 'invalid JSON at line 1, column 13: expected an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), got "x"'],
      ['a number without digits', '{"v": -}', 'invalid JSON at line 1, column 8: expected a digit, got "}"'],
      ['text after the value', '{}\n\n  x', 'invalid JSON at line 3, column 3: expected the end of the text, got "x"'],
      ['NaN, which JSON lacks', '{"v": NaN}', 'invalid JSON at line 1, column 7: expected a value (object, array, string, number, true, false or null), got "N"'],
      ['an empty text', '', 'invalid JSON at line 1, column 1: expected a value (object, array, string, number, true, false or null), got the end of the text'],
    ])('should report %s with its line and column', (_, text, message) => {
      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(outcome.ok ? [] : outcome.errors).toEqual([{ path: '', message }]);
    });
  });

  describe('on size limits', () => {
    it('should refuse text over 10 MB before parsing it, saying the size and the limit', () => {
      // Arrange: not even JSON, so only the length can be what is reported
      const text = 'x'.repeat(LIMITS.maxTextLength + 1);

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'expected JSON text of at most 10 MB (10485760 characters), got more than 10 MB (10485761 characters)',
      ]);
    });

    it('should refuse more than 50,000 links and 5,000 demands, saying the count and the limit', () => {
      // Arrange: the counts are checked before anything else, so the items may be anything
      const scenario = smallScenario();
      scenario.links = Array.from({ length: 50_001 }, () => scenario.links[0]);
      scenario.demands = Array.from({ length: 5_001 }, () => scenario.demands[0]);

      // Act
      const outcome = parseScenario(scenario);

      // Assert
      expect(errorsOf(outcome)).toEqual([
        'links: expected at most 50000 links, got 50001 (a scenario this large is not checked further)',
        'demands: expected at most 5000 demands, got 5001 (a scenario this large is not checked further)',
      ]);
    });

    it('should accept exactly 50,000 links', () => {
      // Arrange: parallel links between two nodes, all valid
      const scenario = smallScenario();
      scenario.links = Array.from({ length: 50_000 }, (_, i) => ({ id: `l${i}`, from: 'kz_grain', to: 'tr_mersin', cost: i % 100 }));
      scenario.corridors = [{ id: 'c', gates: ['l0'] }];

      // Act
      const outcome = parseScenario(scenario);

      // Assert
      expect(errorsOf(outcome)).toEqual([]);
    });
  });

  describe('on prototype keys', () => {
    it('should refuse __proto__, constructor and prototype at their paths, at any depth', () => {
      // Arrange: JSON.parse makes "__proto__" an ordinary own key
      const text = textWith((s) => {
        s.links[0].prototype = 1;
        s.nodes[0].constructor = { name: 'x' };
        s.editor = { layers: [{ hidden: true }] };
      }).replace('"hidden":true', '"__proto__":{"polluted":true}');

      // Act
      const outcome = parseScenario(text);

      // Assert
      const refused = (path: string, key: string) =>
        `${path}: forbidden key "${key}": it could alter object prototypes, so it is refused; rename or remove it`;
      expect(errorsOf(outcome)).toEqual([
        refused('nodes[0].constructor', 'constructor'),
        refused('links[0].prototype', 'prototype'),
        refused('editor.layers[0].__proto__', '__proto__'),
      ]);
    });

    it('should leave every prototype untouched', () => {
      // Arrange
      const text = `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, ${JSON.stringify(smallScenario()).slice(1)}`;

      // Act
      const outcome = parseScenario(text);

      // Assert
      expect(outcome.ok).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  describe('on any input at all', () => {
    it('should never throw, and always answer with problems that have a path and a message', () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }), fc.string(), fc.json()), (input) => {
          // Act
          const outcome = parseScenario(input);

          // Assert
          const problems = outcome.ok ? outcome.warnings : [...outcome.errors, ...outcome.warnings];
          for (const problem of problems) {
            expect(typeof problem.path).toBe('string');
            expect(problem.message.length).toBeGreaterThan(0);
          }
          expect(outcome.ok).toBe(false);
        }),
        propertySettings(100),
      );
    });

    it('should never throw on a scenario with one field replaced by any value', () => {
      const fields = fc.constantFrom(
        ['nodes', 0, 'capacity'], ['links', 1, 'from'], ['links', 2], ['corridors', 0, 'gates'], ['corridors', 0, 'gates', 0],
        ['demands', 0, 'volume'], ['demands'], ['sources', 0], ['uncertainty'], ['name'],
      );
      fc.assert(
        fc.property(fields, fc.anything(), (path, value) => {
          // Arrange
          const scenario = smallScenario();
          let at: Draft = scenario;
          for (const key of path.slice(0, -1)) at = at[key as string];
          at[path.at(-1) as string] = value;

          // Act
          const outcome = parseScenario(scenario);

          // Assert
          expect(Array.isArray(outcome.warnings)).toBe(true);
        }),
        propertySettings(100),
      );
    });

    it('should answer on a cyclic object, a throwing getter and very deep nesting', () => {
      // Arrange
      const cyclic = smallScenario();
      cyclic.editor = { self: cyclic };
      const getter = smallScenario();
      Object.defineProperty(getter.links[0], 'cost', { enumerable: true, get: () => { throw new Error('no cost today'); } });
      const deep = `{"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}, ${JSON.stringify(smallScenario()).slice(1)}`;

      // Act
      const outcomes = [parseScenario(cyclic), parseScenario(getter), parseScenario(deep)];

      // Assert
      expect(errorsOf(outcomes[0]!)).toEqual([]);
      expect(errorsOf(outcomes[1]!)).toEqual(['could not check the scenario: no cost today']);
      expect(errorsOf(outcomes[2]!)).toEqual([]);
    });
  });
});
