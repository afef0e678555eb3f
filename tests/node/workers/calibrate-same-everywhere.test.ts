/**
 * The CLI and the app give the same calibration for the same file: the
 * worker's API over a MessageChannel (what crosses is structured-cloned as
 * between threads) and `corridor-flow calibrate --json` in this process.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { expose, wrap } from 'comlink';
import { createSolverApi } from '../../../workers/create-solver-api';
import { createSolver } from '../../../src/solver/create-solver';
import type { SolverApi } from '../../../src/client/protocol';
import type { CalibrationResult } from '../../../src/calibrate/types';
import { runInProcess } from '../cli/support/run-in-process';
import { model } from '../cli/support/models';

let channel: MessageChannel | null = null;
afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

function withoutTime(result: CalibrationResult): unknown {
  return { ...result, solver: { ...result.solver, ms: 0 } };
}

describe('calibrate in the worker and on the command line', () => {
  for (const name of ['teaching-calibrate-split', 'teaching-calibrate-inconsistent']) {
    it(`should give the same calibration of ${name}`, async () => {
      channel = new MessageChannel();
      expose(createSolverApi(createSolver, () => 0), channel.port1);
      const api = wrap<SolverApi>(channel.port2);
      const { path, scenario } = model(name);

      const fromWorker = await api.calibrate(scenario);
      const fromCli = await runInProcess(['calibrate', path, '--json']);

      expect(fromWorker.status).not.toBe('error');
      expect(withoutTime(JSON.parse(fromCli.stdout) as CalibrationResult)).toEqual(withoutTime(fromWorker));
    });
  }

  it('should answer a solver that cannot load with an error result, not a rejection', async () => {
    channel = new MessageChannel();
    expose(createSolverApi(() => Promise.reject(new Error('no wasm')), () => 0), channel.port1);
    const api = wrap<SolverApi>(channel.port2);

    const result = await api.calibrate(model('teaching-calibrate-split').scenario);

    expect(result.status).toBe('error');
    expect(result.diagnosis).toEqual(['solver failed: Error: no wasm']);
    expect(result.before.map((fit) => fit.of)).toEqual(['corridors.land.flow']);
  });
});
