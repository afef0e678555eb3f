import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import type { SolverHost } from '../../../src/cli/solver-host';
import { createSolver } from '../../../src/solver/create-solver';
import { captureIo } from './support/run-in-process';
import { json, TWO_MISTAKES, TWO_ROUTES } from './support/scenarios';

const files = { 'two-routes.json': json(TWO_ROUTES), 'two-mistakes.json': json(TWO_MISTAKES) };

/** A host over the real solver that records, with the reads of the command's input, the order things happen in. */
function recordingHost(events: string[]): SolverHost {
  return {
    stoppable: true,
    prepare: () => void events.push('prepare'),
    solve: async (scenario, options) => {
      events.push('solve');
      return (await createSolver()).solve(scenario, options);
    },
    stop: async () => void events.push('stop'),
  };
}

async function run(argv: readonly string[]) {
  const events: string[] = [];
  const { io, output } = captureIo({ files });
  const readFile = io.readFile;
  const host = recordingHost(events);
  const code = await runCli(argv, {
    ...io,
    readFile: async (path) => {
      events.push('read');
      return await readFile(path);
    },
    startSolverThread: () => host,
  });
  return { code, events, ...output() };
}

describe('the solver thread', () => {
  it('should be started before the input is read, so that it loads while the input is parsed', async () => {
    const { code, events } = await run(['solve', 'two-routes.json', '--json', '--time-limit', '600']);
    expect(code).toBe(0);
    expect(events).toEqual(['prepare', 'read', 'solve', 'stop']);
  });

  it('should be stopped, never asked to solve, when the input is invalid', async () => {
    const { code, events, stdout } = await run(['solve', 'two-mistakes.json', '--json', '--time-limit', '600']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(events).toEqual(['prepare', 'read', 'stop']);
  });

  it('should give, started early, the result the in-process solver gives', async () => {
    const early = await run(['solve', 'two-routes.json', '--json', '--time-limit', '600']);
    const { io, output } = captureIo({ files });
    expect(await runCli(['solve', 'two-routes.json', '--json'], io)).toBe(0);
    const withoutTime = (text: string) => ({ ...JSON.parse(text), solver: { ms: 0 } });
    expect(withoutTime(early.stdout)).toEqual(withoutTime(output().stdout));
  });
});
