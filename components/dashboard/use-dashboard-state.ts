'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseDashboardState, serializeDashboardState, type DashboardState } from '@/lib/dashboard/url-state';

const URL_CHANGED = 'dashboard:url-changed';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

/**
 * The dashboard state, read from and written to the URL. The server renders the default view (the
 * page is cached, so it cannot depend on the query); the browser then shows what the URL asks for.
 */
export function useDashboardState(options: { regionCodes: readonly string[]; firstDate: string; lastDate: string }) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const state = useMemo(() => parseDashboardState(new URLSearchParams(search), options), [search, options]);

  /** `push` for a choice the user may want to go back from, `replace` for slider movement. */
  const update = useCallback(
    (patch: Partial<DashboardState>, mode: 'push' | 'replace' = 'push') => {
      const next = { ...state, ...patch };
      const url = `${window.location.pathname}${serializeDashboardState(next)}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      window.dispatchEvent(new Event(URL_CHANGED));
    },
    [state],
  );

  return { state, update };
}
