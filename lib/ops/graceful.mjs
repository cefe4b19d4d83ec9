import { createServer } from 'node:http';
import { beginShutdown } from './shutdown.mjs';

/**
 * An HTTP server that can stop without cutting anyone off: it stops accepting connections, lets the
 * requests in progress finish (up to a bound), and closes kept-alive connections as they fall idle.
 * @param {import('../http/pipeline.mjs').Handler} handler
 */
export function createDrainableServer(handler) {
  let active = 0;
  let draining = false;
  const server = createServer((req, res) => {
    active += 1;
    // A request that still arrives on an open connection is answered, and that connection then closes.
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      active -= 1;
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
    return handler(req, res);
  });

  /**
   * Marks the process as stopping (readiness turns 503), then drains. Resolves when every connection
   * is closed; after `timeoutMs` the ones still open are cut, and their requests counted.
   * @param {number} timeoutMs
   * @returns {Promise<{ cut: number }>}
   */
  async function drain(timeoutMs) {
    beginShutdown();
    draining = true;
    // Calls back with an error when the server was not listening yet; closed all the same.
    const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
    server.closeIdleConnections();
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([closed, timedOut]);
    clearTimeout(timer);
    if (outcome !== 'timeout') return { cut: 0 };
    const cut = active;
    server.closeAllConnections();
    await closed;
    return { cut };
  }

  return { server, drain, inFlight: () => active };
}
