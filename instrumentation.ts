/**
 * Opens the database when the server starts, so that a second server on the same PGlite directory
 * stops at once with the lock holder's name instead of failing at its first request. Opening is not
 * migrating: migrations run only in the explicit set-up step before the server starts. Then listens
 * for the changes every instance announces, so that this one's caches follow them, and sends e-mail.
 */
export async function register() {
  // Next's own runtime signals, not configuration: the database lives only in the Node.js runtime.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    await import('./lib/db/open-at-start');
    const { startChangeListener } = await import('./lib/cache/change-listener');
    await startChangeListener().ready;
    await watchPublicCaches();
    await startSendingMail();
  }
}

/** Sends the e-mail outbox from this process; with no SMTP server configured, messages wait in it. */
async function startSendingMail() {
  const { env } = await import('./lib/env');
  if (!env.SMTP_URL) {
    console.log('[mail] SMTP_URL is not set: e-mail is kept in the outbox, unsent');
    return;
  }
  const { getConnection } = await import('./lib/db/client');
  const { smtpTransport } = await import('./lib/mail/smtp');
  const { startMailWorker } = await import('./lib/mail/worker');
  const { DEFAULT_DELIVERY } = await import('./lib/mail/delivery');
  const { onShutdown } = await import('./lib/ops/shutdown.mjs');
  const transport = smtpTransport(env.SMTP_URL, env.MAIL_FROM);
  const worker = startMailWorker(getConnection(), transport, { ...DEFAULT_DELIVERY, siteUrl: env.SITE_URL, pollMs: 60_000, reminderDays: env.MAIL_REMINDER_DAYS });
  onShutdown('mail-worker', async () => {
    await worker.close();
    transport.close();
  });
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
