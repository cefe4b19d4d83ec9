/**
 * What one server process knows about its caches of public data: which generation of the data they
 * may hold, whether changes announced by other instances are being heard, and hit/miss counts.
 * Kept on globalThis because Next.js loads the instrumentation hook, each route and the page-cache
 * handler as separate bundles, each with its own copy of a module, in one process. Plain JavaScript
 * so that server.mjs can import it too (closing the listener on shutdown, reading the counts).
 */

const STATE = Symbol.for('fast-lakarkontakt.public-caches');
/** Set by lib/cache/memory-cache-handler.cjs once Next has loaded it. */
const PAGE_CACHE = Symbol.for('fast-lakarkontakt.page-cache');

/**
 * @typedef {{ generation: number; listening: boolean; drops: number; snapshot: { hits: number; misses: number };
 *   closeListener: (() => Promise<void>) | null }} PublicCacheState
 * @typedef {{ dropPublic(): void; counts: { hits: number; misses: number }; size(): number }} PageCache
 */

/** @returns {PublicCacheState} */
function state() {
  const global = /** @type {Record<symbol, PublicCacheState | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (global[STATE] ??= { generation: 0, listening: false, drops: 0, snapshot: { hits: 0, misses: 0 }, closeListener: null });
}

/** @returns {PageCache | undefined} */
function pageCache() {
  return /** @type {Record<symbol, PageCache | undefined>} */ (/** @type {unknown} */ (globalThis))[PAGE_CACHE];
}

/** Drops every cached public page, file and open-data answer in this process. */
export function dropPublicCaches() {
  const current = state();
  current.generation += 1;
  current.drops += 1;
  pageCache()?.dropPublic();
}

/** Moves on with every drop: anything kept from an older generation is never used again. */
export function publicDataGeneration() {
  return state().generation;
}

/** Whether this process hears the announcements of changes; until it does, no snapshot is kept. */
export function isHearingChanges() {
  return state().listening;
}

/** @param {boolean} listening */
export function setHearingChanges(listening) {
  state().listening = listening;
}

/** @param {boolean} hit */
export function countSnapshotLookup(hit) {
  const { snapshot } = state();
  if (hit) snapshot.hits += 1;
  else snapshot.misses += 1;
}

/** @param {(() => Promise<void>) | null} close */
export function setChangeListenerClose(close) {
  state().closeListener = close;
}

/**
 * Stops listening for changes (closing its database connection, if it has its own), so that the
 * process can end; for SIGTERM. Safe to call more than once, and when nothing listens.
 */
export async function closeChangeListener() {
  const current = state();
  const close = current.closeListener;
  current.closeListener = null;
  await close?.();
}

/** Counts since the process started, for a metrics endpoint. */
export function publicCacheMetrics() {
  const current = state();
  const pages = pageCache();
  return {
    hearingChanges: current.listening,
    drops: current.drops,
    pages: { hits: pages?.counts.hits ?? 0, misses: pages?.counts.misses ?? 0, entries: pages?.size() ?? 0 },
    apiSnapshot: { hits: current.snapshot.hits, misses: current.snapshot.misses },
  };
}
