/**
 * Opens the database when the server starts, so that a second server on the same PGlite directory
 * stops at once with the lock holder's name instead of failing at its first request. Opening is not
 * migrating: migrations run only in the explicit set-up step before the server starts.
 */
export async function register() {
  // Next's own runtime signals, not configuration: they are read here before anything else loads.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getConnection } = await import('@/lib/db/client');
  try {
    getConnection();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
