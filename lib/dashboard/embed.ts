import { escapeHtml } from '@/lib/charts/escape';
import { routing, type Locale } from '@/lib/i18n/routing';
import { DEFAULT_STATE, serializeDashboardState, type DashboardState, type DashboardView } from './url-state';

/**
 * The dashboard views other sites may embed, each with the height its iframe is given. A view becomes
 * embeddable by an entry here; TypeScript then asks for its component in components/embed/embed-frame.tsx.
 * Embeds live at /embed/<locale>/<view> (the only pages another site may frame, see next.config.mjs).
 */
export const EMBED_VIEWS = {
  map: { height: 760 },
  chart: { height: 720 },
  comparison: { height: 900 },
} as const satisfies Partial<Record<DashboardView, { height: number }>>;

export type EmbedView = keyof typeof EMBED_VIEWS;

export const isEmbedView = (value: string): value is EmbedView => Object.hasOwn(EMBED_VIEWS, value);

/** What an embed keeps of the dashboard's state: the table's parameters belong to the table view. */
export type EmbedState = Pick<DashboardState, 'measure' | 'date' | 'regions'>;

/** The embed of a view: its path names locale and view, its query the rest of the state, as the dashboard writes it. */
export function embedPath(locale: Locale, view: EmbedView, state: EmbedState): string {
  // The default view is left out of the query, so the path alone names the view.
  return `/embed/${locale}/${view}${serializeDashboardState({ ...state, view: DEFAULT_STATE.view })}`;
}

/** The same view on the dashboard (where an embed's link back leads). */
export function dashboardPath(locale: Locale, view: EmbedView, state: EmbedState): string {
  const query = serializeDashboardState({ ...state, view });
  return locale === routing.defaultLocale ? `/${query}` : `/${locale}${query}`;
}

/** The HTML another site pastes: an iframe named by `title` (what a screen reader announces for the frame). */
export function embedCode({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
