/**
 * How long a shared cache in front of the app (a CDN or the reverse proxy) may serve a public answer:
 * fresh for a minute, then at most four more while it fetches a new one. A publication or correction
 * therefore reaches every such cache within five minutes. Pages get the same from Next: their
 * `revalidate` is 60 and next.config.mjs's `expireTime` is 300.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=240';
