/**
 * The site's one public origin (SITE_URL), from which every absolute address is made: never from a
 * request's Host or X-Forwarded-Host, which whoever sends the request writes.
 */

/**
 * SITE_URL as an origin (`https://example.se`), or `http://localhost:<port>` when unset.
 * @param {string | undefined} siteUrl
 * @param {string | number | undefined} port
 * @returns {string}
 * @throws {Error} when SITE_URL is not an http(s) origin
 */
export function publicOrigin(siteUrl, port) {
  const text = siteUrl?.trim();
  if (!text) return `http://localhost:${port || 3000}`;
  let url;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be the site's public origin, such as https://fastlakarkontakt.example.se (no path), not "${text}".`);
  }
  return url.origin;
}

/**
 * The headers Next.js and Auth.js read the request's own address from, all set from the public
 * origin, so what a client writes into them is gone before anything reads them.
 * @param {string} origin
 * @returns {Record<string, string>}
 */
export function originHeaders(origin) {
  const url = new URL(origin);
  const proto = url.protocol.slice(0, -1);
  return {
    host: url.host,
    'x-forwarded-host': url.host,
    'x-forwarded-proto': proto,
    'x-forwarded-port': url.port || (proto === 'https' ? '443' : '80'),
  };
}
