import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenario } from '../../../src/model';

/**
 * The corpus of broken scenarios: each `tests/fixtures/broken/<name>.json`
 * and, in `expected.json`, the exact errors it must produce, in order, as
 * `path: message`. The expected lists were written from the parser's output
 * and checked by hand against the fixture, line by line.
 */
const DIRECTORY = new URL('../../fixtures/broken/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', DIRECTORY), 'utf8')) as Record<string, string[]>;
const files = readdirSync(DIRECTORY).filter((name) => name.endsWith('.json') && name !== 'expected.json');

describe('the broken-scenario corpus', () => {
  it('should list every fixture file in expected.json and nothing else', () => {
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });

  // The timeout is a guard against a hang, with ample headroom over the few milliseconds a parse takes.
  it.each(files)('should report exactly the expected errors for %s, quickly and without throwing', { timeout: 2_000 }, (name) => {
    // Arrange
    const text = readFileSync(new URL(name, DIRECTORY), 'utf8');

    // Act
    const outcome = parseScenario(text);

    // Assert
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors.map(formatProblem)).toEqual(expected[name]);
  });
});
