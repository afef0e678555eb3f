import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import { formatProblem } from '../../../src/model/format-problem';
import { json, TWO_MISTAKES, TWO_ROUTES } from './support/scenarios';
import { runInProcess } from './support/run-in-process';

describe('corridor-flow validate', () => {
  it('should print ok for a valid scenario and exit 0', async () => {
    const run = await runInProcess(['validate', 's.json'], { files: { 's.json': json(TWO_ROUTES) } });
    expect(run).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('should print the warnings after ok, each with its path', async () => {
    // An extra field is allowed but reported as a warning (scenario-format.md).
    const withExtra = { ...TWO_ROUTES, colour: 'blue' };
    const parsed = parseScenario(withExtra);
    expect(parsed.ok && parsed.warnings.length > 0).toBe(true);
    const run = await runInProcess(['validate', '-'], { stdin: json(withExtra) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(['ok', ...parsed.warnings.map((w) => `warning: ${formatProblem(w)}`)].join('\n') + '\n');
  });

  it('should print every error with its path on stderr, one a line, exactly as the parser reports them, and exit 2', async () => {
    const parsed = parseScenario(TWO_MISTAKES);
    if (parsed.ok) throw new Error('TWO_MISTAKES should be invalid');
    const run = await runInProcess(['validate', 'bad.json'], { files: { 'bad.json': json(TWO_MISTAKES) } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(parsed.errors.map((e) => `${formatProblem(e)}\n`).join(''));
    expect(parsed.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['links[0].capacity', 'demands[0].from']));
  });

  it('should read standard input for the file -', async () => {
    expect(await runInProcess(['validate', '-'], { stdin: json(TWO_ROUTES) })).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });
});
