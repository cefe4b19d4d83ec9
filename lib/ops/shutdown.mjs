/**
 * What the process closes when it stops, and whether it is stopping. Kept on globalThis because the
 * server (server.mjs, plain Node) and the code Next.js bundles (the database client, the health
 * routes) load this file as separate module copies in one process, and must share one list.
 */

/** @typedef {{ name: string, close: () => unknown }} Closer */
/** @typedef {{ stopping: boolean, closers: Closer[] }} ShutdownState */

const KEY = Symbol.for('fast-lakarkontakt.shutdown');

/** @returns {ShutdownState} */
function state() {
  const holder = /** @type {Record<symbol, ShutdownState | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[KEY] ??= { stopping: false, closers: [] };
  return holder[KEY];
}

/**
 * Registers something to close when the process stops (a database connection, a LISTEN connection).
 * Registering a name again replaces the earlier closer. Returns a function that unregisters it.
 * @param {string} name for the log line if closing it fails
 * @param {() => unknown} close
 */
export function onShutdown(name, close) {
  const { closers } = state();
  const index = closers.findIndex((closer) => closer.name === name);
  const entry = { name, close };
  if (index >= 0) closers[index] = entry;
  else closers.push(entry);
  return () => {
    const at = closers.indexOf(entry);
    if (at >= 0) closers.splice(at, 1);
  };
}

/** True from the moment the process begins to stop: readiness answers 503 from then on. */
export function isShuttingDown() {
  return state().stopping;
}

export function beginShutdown() {
  state().stopping = true;
}

/**
 * Runs every registered closer, the last registered first (what was opened later may use what was
 * opened earlier), each bounded by `timeoutMs`. A closer that fails or hangs does not stop the others.
 * @param {{ timeoutMs: number }} options
 * @returns {Promise<{ name: string, error: string }[]>} the closers that failed, with the error's name
 */
export async function runClosers({ timeoutMs }) {
  const closers = state().closers.splice(0).reverse();
  /** @type {{ name: string, error: string }[]} */
  const failed = [];
  for (const closer of closers) {
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), timeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(closer.close), timeout]);
    } catch (error) {
      failed.push({ name: closer.name, error: error instanceof Error ? error.name : 'unknown error' });
    } finally {
      clearTimeout(timer);
    }
  }
  return failed;
}
