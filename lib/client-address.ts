/**
 * The client a request comes from. server.mjs decides it (the socket's peer, or what trusted proxies
 * forwarded: lib/http/client-address.mjs) and writes exactly that address into X-Forwarded-For,
 * replacing whatever the client sent. The last entry is read, so a stray earlier one (a client's own
 * claim, were the header ever passed on unreplaced) is never chosen.
 */
export function clientAddress(headers: Headers): string {
  return (headers.get('x-forwarded-for') ?? '').split(',').at(-1)?.trim() || 'unknown';
}
