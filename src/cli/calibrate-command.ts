import { calibrate } from '../calibrate/calibrate';
import type { CalibrationResult } from '../calibrate/types';
import type { CliIo } from './cli-io';
import { EXIT_CODE, type ExitCode } from './exit-code';
import { formatCalibrationTable } from './format-calibration-table';
import { lazySolver } from './lazy-solver';
import { fileErrorMessage, readScenarioOrReport } from './read-scenario';

export interface CalibrateCommand {
  readonly file: string;
  /** Where the calibrated scenario is written; undefined: not written. */
  readonly out?: string;
  readonly json: boolean;
  readonly timeLimitSeconds?: number;
  readonly year?: number;
}

/**
 * `corridor-flow calibrate <file> [--out <file>] [--json] [--time-limit <s>] [--year <y>]`:
 * fits costs to the scenario's `observed` figures (the same pure function as
 * the app's worker). Exit 0 calibrated, 1 inconsistent (the closest
 * calibration is still printed and written), 3 error or time limit.
 */
export async function calibrateCommand(command: CalibrateCommand, io: CliIo): Promise<ExitCode> {
  const scenario = await readScenarioOrReport(command.file, io);
  if (scenario === null) return EXIT_CODE.invalid;
  if ((scenario.observed ?? []).length === 0) {
    io.stderr('warning: the scenario has no "observed" figures; there is nothing to calibrate to\n');
  }
  const solver = await lazySolver()();
  const result = calibrate(scenario, solver.solveLp, {
    ...(command.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: command.timeLimitSeconds }),
    ...(command.year === undefined ? {} : { year: command.year }),
  });
  io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : formatCalibrationTable(scenario.name, result));
  if (command.out !== undefined && result.scenario !== null) {
    try {
      await io.writeFile(command.out, `${JSON.stringify(result.scenario, null, 2)}\n`);
      if (!command.json) io.stdout(`\nCalibrated scenario written to ${command.out}\n`);
    } catch (error) {
      io.stderr(`${command.out}: cannot write: ${fileErrorMessage(error)}\n`);
      return EXIT_CODE.internal;
    }
  }
  return exitCodeOf(result, io);
}

function exitCodeOf(result: CalibrationResult, io: CliIo): ExitCode {
  switch (result.status) {
    case 'calibrated':
      return EXIT_CODE.ok;
    case 'inconsistent':
      return EXIT_CODE.notOptimal;
    case 'time-limit':
      io.stderr('calibrate stopped at its time limit (--time-limit)\n');
      return EXIT_CODE.internal;
    case 'error':
      io.stderr(`calibrate failed: ${(result.diagnosis ?? ['no message']).join('; ')}\n`);
      return EXIT_CODE.internal;
  }
}
