import { env } from '@/lib/env';

/**
 * The client a request comes from: the address the trusted reverse proxy appended to X-Forwarded-For
 * (TRUSTED_PROXY_HOPS from the right). Anything left of it was written by the client and could be
 * rotated to dodge a limit. Without a proxy (hops 0) every request counts as the same client.
 */
export function clientAddress(headers: Headers): string {
  if (env.TRUSTED_PROXY_HOPS === 0) return 'direct';
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return hops.at(-env.TRUSTED_PROXY_HOPS) ?? 'direct';
}
