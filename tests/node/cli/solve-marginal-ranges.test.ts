import { describe, expect, it } from 'vitest';
import { json, TWO_ROUTES } from './support/scenarios';
import { runInProcess } from './support/run-in-process';

describe('corridor-flow solve: marginal values with their range', () => {
  it('should print the range over which each binding capacity\'s marginal value holds, worked out by hand', async () => {
    // TWO_ROUTES: the ferry kz-az (capacity 60) saves 65 − 50 = 15 USD per extra t/yr, and keeps saving it until it
    // carries all 100 t/yr (+40); then it stops binding. Down to capacity 0 the Iran route, unlimited, takes the rest.
    const run = await runInProcess(['solve', 'two-routes.json'], { files: { 'two-routes.json': json(TWO_ROUTES) } });
    expect(run.code).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf('\nMarginal values and the capacity range'));
    expect(section).toBe(
      [
        '',
        'Marginal values and the capacity range over which each holds',
        '  kind  id     USD/t  capacity t/yr  holds from t/yr  to t/yr  beyond',
        '  link  kz-az  15.00             60                0      100  stops binding',
        '',
      ].join('\n'),
    );
  });

  it('should leave --json exactly the result object', async () => {
    const run = await runInProcess(['solve', 'two-routes.json', '--json'], { files: { 'two-routes.json': json(TWO_ROUTES) } });
    expect(run.stdout).not.toContain('Marginal values');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
