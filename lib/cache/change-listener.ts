import 'server-only';
import { getConnection, type Connection, type Listening } from '@/lib/db/client';
import { PUBLIC_DATA_CHANNEL } from '@/lib/db/public-change';
import { dropPublicCaches, setChangeListenerClose, setHearingChanges } from './public-caches.mjs';

/** Waits between attempts to listen again: short at first, then once a second while the database is away. */
const RETRY_MS = [100, 250, 500, 1000];

/**
 * Hears the changes every instance announces (lib/db/public-change.ts) and drops this process's
 * cached public pages, files and open-data answers on each. When the listening connection is lost it
 * listens again, and then drops everything once more, since announcements may have been missed.
 * Started once per server process (instrumentation.ts), which awaits `ready` (the first attempt);
 * close() ends it (also through closeChangeListener in lib/cache/public-caches.mjs).
 */
export function startChangeListener(connection: Connection = getConnection()): { ready: Promise<void>; close(): Promise<void> } {
  let listening: Listening | null = null;
  let retry: NodeJS.Timeout | undefined;
  let attempts = 0;
  let heardBefore = false;
  let closed = false;

  const lost = () => {
    listening = null;
    setHearingChanges(false);
    console.warn('[caches] the connection hearing changes was lost; the open-data API reads the database until it is back');
    schedule();
  };

  function schedule() {
    if (closed || retry) return;
    // Never what keeps a stopping process alive.
    retry = setTimeout(connect, RETRY_MS[Math.min(attempts, RETRY_MS.length - 1)]).unref();
    attempts += 1;
  }

  async function connect() {
    retry = undefined;
    try {
      const opened = await connection.listen(PUBLIC_DATA_CHANNEL, dropPublicCaches, lost);
      if (closed) return void (await opened.stop());
      listening = opened;
      attempts = 0;
      setHearingChanges(true);
      if (heardBefore) {
        console.log('[caches] hearing changes again');
        // Whatever changed while no one listened was not heard: read it afresh.
        dropPublicCaches();
      }
      heardBefore = true;
    } catch {
      schedule();
    }
  }

  const close = async () => {
    closed = true;
    clearTimeout(retry);
    setHearingChanges(false);
    const current = listening;
    listening = null;
    await current?.stop();
  };
  setChangeListenerClose(close);
  // The first attempt, for the server to await before it answers: nothing is cached before it listens.
  const ready = connect();
  return { ready, close };
}
