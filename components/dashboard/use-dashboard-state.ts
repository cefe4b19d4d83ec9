'use client';

import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  DATE_CORRECTION_REASONS,
  readDashboardUrl,
  serializeDashboardState,
  type DashboardState,
  type DashboardStateOptions,
  type DateCorrection,
} from '@/lib/dashboard/url-state';

const URL_CHANGED = 'dashboard:url-changed';
/** Where the history entry keeps the note on a corrected date, so that it outlives the correction. */
const CORRECTION_KEY = 'dashboardDateCorrection';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

/** The note kept in the current history entry, as a string (a stable snapshot); "" for none. */
function readStoredCorrection(): string {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return '';
  const stored = (state as Record<string, unknown>)[CORRECTION_KEY];
  return typeof stored === 'string' ? stored : '';
}

function parseStoredCorrection(stored: string): DateCorrection | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const { requested, shown, reason } = value as Record<string, unknown>;
    if (typeof requested !== 'string' || typeof shown !== 'string') return null;
    const known = DATE_CORRECTION_REASONS.find((r) => r === reason);
    return known ? { requested, shown, reason: known } : null;
  } catch {
    return null;
  }
}

/**
 * The dashboard state, read from and written to the URL. The server renders the default view (the
 * page is cached, so it cannot depend on the query); the browser then shows what the URL asks for.
 * A date outside the data is shown as the nearest day with data, the address is corrected in place,
 * and `dateCorrection` says what was asked for until the next change of the view.
 */
export function useDashboardState(options: DashboardStateOptions) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const stored = useSyncExternalStore(subscribe, readStoredCorrection, () => '');
  const parsed = useMemo(() => readDashboardUrl(new URLSearchParams(search), options), [search, options]);
  const { state } = parsed;

  // The corrected address replaces the wrong one (nothing to go back to); the note stays with the entry.
  // After this round of effects, so that the router has hooked the history first (it keeps its own
  // state in the entry beside the note), and only if the address is still the one corrected.
  useEffect(() => {
    const { dateCorrection } = parsed;
    if (!dateCorrection) return undefined;
    const timer = window.setTimeout(() => {
      if (window.location.search !== search) return;
      const url = `${window.location.pathname}${serializeDashboardState(parsed.state)}${window.location.hash}`;
      window.history.replaceState({ [CORRECTION_KEY]: JSON.stringify(dateCorrection) }, '', url);
      window.dispatchEvent(new Event(URL_CHANGED));
    }, 0);
    return () => window.clearTimeout(timer);
  }, [parsed, search]);

  const dateCorrection = useMemo(() => parsed.dateCorrection ?? parseStoredCorrection(stored), [parsed, stored]);

  /**
   * `push` for a choice the user may want to go back from, `replace` for slider movement and typing.
   * Either drops the note on a corrected date: the view is now the user's own choice.
   */
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

  return { state, update, dateCorrection };
}
