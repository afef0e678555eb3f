/**
 * Reads the used JS heap of the page's (only) dedicated worker over the
 * DevTools protocol: a browser-level session attaches to the worker target
 * and talks to it through Target.sendMessageToTarget. Null when no worker
 * target shows up. Shared by bench-browser-scale.js and bench-browser-1m.js.
 */
export async function workerHeapReader(context) {
  const cdp = await context.browser().newBrowserCDPSession();
  let sessionId = null;
  let nextId = 1;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const waiter = pending.get(message.id);
    if (waiter) {
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolveSend, rejectSend) => {
      const id = nextId++;
      pending.set(id, { resolve: resolveSend, reject: rejectSend });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(rejectSend);
    });
  const attach = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && /solver/.test(t.title + t.url));
    if (!worker) return false;
    ({ sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false }));
    return true;
  };
  return {
    /**
     * The used heap after a forced collection; `collect: false` reads it as it is (for sampling during work);
     * `backing: true` adds the ArrayBuffer backing stores (typed arrays' memory, outside the V8 heap), where
     * Chromium reports them.
     */
    async read({ collect = true, backing = false } = {}) {
      try {
        if (sessionId === null && !(await attach())) return null;
        if (collect) await send('HeapProfiler.collectGarbage');
        const { usedSize, backingStorageSize } = await send('Runtime.getHeapUsage');
        return usedSize + (backing ? (backingStorageSize ?? 0) : 0);
      } catch {
        return null;
      }
    },
    async close() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
