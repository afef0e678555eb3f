import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/analysis/printable';
import type { Scenario } from '../../../src/model/types';
import { runInProcess } from './support/run-in-process';
import { json, TWO_ROUTES } from './support/scenarios';

/** Names that would turn a terminal red, clear it, move the cursor and overwrite a line. */
const HOSTILE: Scenario = {
  ...TWO_ROUTES,
  name: 'Evil \u001b[31mred\u001b[0m\u001b[2J\rfake line\u0007\u009b1m',
  corridors: [
    { id: 'titr', name: 'Trans\u001b]0;title\u0007-Caspian', gates: ['kz-az'] },
    { id: 'iran', gates: ['kz-ir'] },
  ],
};
const files = { 'evil.json': json(HOSTILE), 'two-routes.json': json(TWO_ROUTES) };
/** Any character a terminal acts on (what `printable` escapes), as a raw character. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('names in tables and CSV', () => {
  it('should show control characters and ANSI escapes as their escapes', () => {
    expect(printable('a\u001b[31mb')).toBe('a\\u001b[31mb');
    expect(printable('line\nbreak\ttab\u2028\u202e')).toBe('line\\u000abreak\\u0009tab\\u2028\\u202e');
    expect(printable('Türkiye → Baku ≥ 5 "quoted" \\ back')).toBe('Türkiye → Baku ≥ 5 "quoted" \\ back');
  });

  it.each([
    ['solve', ['solve', 'evil.json']],
    ['sweep', ['sweep', 'evil.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '3']],
    ['sweep --csv', ['sweep', 'evil.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '3', '--csv']],
    ['compare', ['compare', 'evil.json', 'two-routes.json']],
    ['compare --csv', ['compare', 'evil.json', 'two-routes.json', '--csv']],
    ['resilience', ['resilience', 'evil.json']],
    ['resilience --csv', ['resilience', 'evil.json', '--csv']],
    ['montecarlo', ['montecarlo', 'evil.json', '--runs', '3', '--seed', '1', '--vary', 'links.kz-az.capacity=10:50:90']],
    ['montecarlo --csv', ['montecarlo', 'evil.json', '--runs', '3', '--seed', '1', '--vary', 'links.kz-az.capacity=10:50:90', '--csv']],
    ['check', ['check', 'evil.json', '--runs', '2', '--seed', '1']],
  ])('should print no raw control character in %s', async (_, argv) => {
    const run = await runInProcess(argv, { files, written: new Map() });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('should show the escapes literally where the name is printed', async () => {
    const run = await runInProcess(['solve', 'evil.json'], { files });
    expect(run.stdout.split('\n')[0]).toBe('Evil \\u001b[31mred\\u001b[0m\\u001b[2J\\u000dfake line\\u0007\\u009b1m: optimal');
    expect(run.stdout).toContain('titr (Trans\\u001b]0;title\\u0007-Caspian)');
  });
});
