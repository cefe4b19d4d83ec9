/**
 * Opens the database when the server starts, so that a second server on the same PGlite directory
 * stops at once with the lock holder's name instead of failing at its first request. Opening is not
 * migrating: migrations run only in the explicit set-up step before the server starts. Then listens
 * for the changes every instance announces, so that this one's caches follow them.
 */
export async function register() {
  // Next's own runtime signals, not configuration: the database lives only in the Node.js runtime.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    await import('./lib/db/open-at-start');
    const { startChangeListener } = await import('./lib/cache/change-listener');
    await startChangeListener().ready;
    await watchPublicCaches();
  }
}

/** The listener closes before the database on SIGTERM; the caches' counts go to the metrics endpoint. */
async function watchPublicCaches() {
  const { closeChangeListener, publicCacheMetrics } = await import('./lib/cache/public-caches.mjs');
  const { onShutdown } = await import('./lib/ops/shutdown.mjs');
  const { gauge } = await import('./lib/ops/metrics.mjs');
  onShutdown('public-data-listener', closeChangeListener);
  gauge('public_cache_lookups', 'Lookups in the page cache and the open-data snapshot since the process started.', () => {
    const { pages, apiSnapshot } = publicCacheMetrics();
    return [
      { labels: { cache: 'pages', result: 'hit' }, value: pages.hits },
      { labels: { cache: 'pages', result: 'miss' }, value: pages.misses },
      { labels: { cache: 'api', result: 'hit' }, value: apiSnapshot.hits },
      { labels: { cache: 'api', result: 'miss' }, value: apiSnapshot.misses },
    ];
  });
  gauge('public_cache_drops', 'Times the public caches were dropped for an announced change, since the process started.', () => publicCacheMetrics().drops);
  gauge('public_cache_hearing_changes', '1 while this instance listens for announced changes.', () => (publicCacheMetrics().hearingChanges ? 1 : 0));
}
