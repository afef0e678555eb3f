/**
 * `npm start` must not leave a vite server behind when it is stopped: by
 * Ctrl-C in a terminal (SIGINT to the whole process group) or by a signal
 * sent to npm alone (an editor's stop button, `kill`, a process manager),
 * which `"start": "vite"` survived. Each case starts `npm start` on a port of
 * its own, waits until it serves, stops it, and checks that nothing answers
 * on that port and no process of the group is left.
 */
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('freePort: no port');
  return address.port;
}

async function serves(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((done) => setTimeout(done, 200));
  }
  return condition();
}

/** `npm start` in a process group of its own (as a terminal runs it), serving on `port`. */
async function startApp(port: number): Promise<ChildProcess> {
  const npm = spawn('npm', ['start', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
  });
  if (!(await until(() => serves(port), 90_000))) {
    process.kill(-npm.pid!, 'SIGKILL');
    throw new Error(`npm start did not serve on port ${port} within 90 s`);
  }
  return npm;
}

describe('npm start', () => {
  it.each([
    ['Ctrl-C in a terminal (SIGINT to the process group)', 'group', 'SIGINT'],
    ['SIGTERM to npm alone', 'npm', 'SIGTERM'],
  ] as const)('should stop serving after %s', async (_, target, signal) => {
    const port = await freePort();
    const npm = await startApp(port);
    const pgid = npm.pid!;
    try {
      process.kill(target === 'group' ? -pgid : pgid, signal);
      expect(await until(async () => !(await serves(port)), 15_000), 'the port still answers').toBe(true);
      expect(await until(() => !groupAlive(pgid), 15_000), 'a process of npm start is still running').toBe(true);
    } finally {
      if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
    }
  }, 150_000);
});
