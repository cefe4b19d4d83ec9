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
  }
}
