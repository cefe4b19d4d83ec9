/**
 * Where to go after signing in: only a path and query on this site. Anything else — another host,
 * a scheme, a protocol-relative "//host", a backslash that browsers read as a slash — becomes the
 * fallback, so a crafted link cannot send a user elsewhere after they sign in.
 */
const ORIGIN = 'http://site.invalid';

export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f]/.test(value)) {
    return fallback;
  }
  try {
    const url = new URL(value, ORIGIN);
    if (url.origin !== ORIGIN) return fallback;
    const path = `${url.pathname}${url.search}`;
    return path.startsWith('//') ? fallback : path;
  } catch {
    return fallback;
  }
}

/** The account page in a locale: where a signed-in user lands when no (safe) page was asked for. */
export function accountPath(locale: string): string {
  return locale === 'sv' ? '/konto' : `/${locale}/konto`;
}

/** The sign-in page in a locale, returning to `next` afterwards. */
export function signInPath(locale: string, next: string): string {
  return `${locale === 'sv' ? '' : `/${locale}`}/logga-in?next=${encodeURIComponent(next)}`;
}
