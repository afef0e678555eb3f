#!/usr/bin/env node
/**
 * `npm start`: the app's vite dev server, in this process, that stops when
 * it is told to or when whoever started it is gone.
 *
 * `"start": "vite"` left vite serving after the npm process was stopped by a
 * signal sent to it alone (an IDE's stop button, `kill`, a process manager):
 * npm runs a script through `sh -c`, which is not killed with npm's own
 * signals in every case and does not pass them on to vite. Here the server
 * closes on SIGINT, SIGTERM and SIGHUP, and also when this process's parent
 * changes (the shell or npm above it ended), so no server outlives `npm start`.
 *
 *   npm start [-- --port <n>] [--strictPort] [--host [<address>]]   (as `vite` takes them)
 */
import { createServer } from 'vite';

/** The value after `name`, true when `name` stands alone, undefined when absent. */
function option(name) {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  return value === undefined || value.startsWith('--') ? true : value;
}

const port = option('--port');
const host = option('--host');
const server = await createServer({
  server: {
    ...(port !== undefined ? { port: Number(port) } : {}),
    ...(process.argv.includes('--strictPort') ? { strictPort: true } : {}),
    ...(host !== undefined ? { host } : {}),
  },
});
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  clearInterval(watch);
  await server.close().catch(() => undefined);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== parent) void stop(0);
}, 500);
watch.unref();
