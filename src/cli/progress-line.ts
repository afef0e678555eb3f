import type { CliIo } from './cli-io';

export interface ProgressOptions {
  /** Quiet time before the first line, ms: short runs print nothing. Default 2000. */
  readonly delayMs?: number;
  /** Time between updates, ms. Default 1000. */
  readonly everyMs?: number;
}

/** A progress line on stderr; `stop` clears it. */
export interface ProgressLine {
  stop(): void;
}

/**
 * While a command solves, one line on stderr rewritten in place (`\r`):
 * how long it has run and how many solves are done, and the time limit if
 * there is one. Only when stderr is a terminal (`io.stderrIsTTY`): in a pipe,
 * a log or CI it would be noise, so nothing is written at all.
 */
export function startProgress(
  io: CliIo,
  status: () => { readonly elapsedMs: number; readonly solved: number; readonly limitSeconds?: number },
  options: ProgressOptions = {},
): ProgressLine {
  if (io.stderrIsTTY !== true) return { stop: () => undefined };
  let shown = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  const draw = (): void => {
    const { elapsedMs, solved, limitSeconds } = status();
    const limit = limitSeconds === undefined ? '' : ` of ${formatSeconds(limitSeconds)}`;
    io.stderr(`\r\u001b[Ksolving… ${formatSeconds(elapsedMs / 1000)}${limit}, ${solved} ${solved === 1 ? 'solve' : 'solves'} done`);
    shown = true;
  };
  const delay = setTimeout(() => {
    draw();
    interval = setInterval(draw, options.everyMs ?? 1000);
  }, options.delayMs ?? 2000);
  return {
    stop() {
      clearTimeout(delay);
      clearInterval(interval);
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${+seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}
