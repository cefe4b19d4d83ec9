import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const isDev = process.env.NODE_ENV !== 'production';

// No inline script runs by this policy. The server (lib/http/script-policy.mjs) adds to each HTML page
// the hashes of Next's own inline scripts in it, so cached pages need no per-request nonce.
const contentSecurityPolicy = (frameAncestors) => [
  "default-src 'self'",
  `script-src 'self'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');

/** Headers of every response except the embeds': no site may frame it. */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy("'none'") },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * The embeds (/embed/<locale>/<view>) are made to be shown in other sites' pages: any site may frame
 * them, so they drop X-Frame-Options and allow every ancestor; the rest stays as strict.
 */
const embedHeaders = [
  ...securityHeaders.filter(({ key }) => key !== 'Content-Security-Policy' && key !== 'X-Frame-Options'),
  { key: 'Content-Security-Policy', value: contentSecurityPolicy('*') },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Rendered public pages are cached in memory only, never on disk (see the handler for why).
  cacheHandler: fileURLToPath(new URL('./lib/cache/memory-cache-handler.cjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // A shared cache may serve a page at most four minutes past its revalidation time (60 s) while it
  // fetches a fresh one: a correction is everywhere within five minutes (lib/cache/freshness.ts).
  expireTime: 300,
  async headers() {
    // Every path matches exactly one of the two rules (Next matches both case-insensitively), so no
    // header depends on which rule comes last (tests/unit/frame-headers.test.ts). /embed and /embedx
    // are not under /embed/ and stay strict; proxy.ts keeps /EMBED/… from becoming a page of the site.
    return [
      { source: '/((?!embed/).*)', headers: securityHeaders },
      { source: '/embed/(.*)', headers: embedHeaders },
    ];
  },
};

export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
