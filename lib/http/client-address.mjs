import { BlockList, isIP } from 'node:net';

/**
 * Who a request comes from, decided from what cannot be forged: the socket's peer address, and
 * X-Forwarded-For only as far as it was written by proxies named in TRUSTED_PROXIES.
 */

/**
 * The address in canonical form, or null when it is not an IP address. IPv4 mapped into IPv6
 * (`::ffff:1.2.3.4`, how a dual-stack socket reports an IPv4 peer) becomes plain IPv4, and a port
 * some proxies add (`1.2.3.4:5678`, `[::1]:5678`) is dropped, so one client has one spelling.
 * @param {string | undefined | null} raw
 * @returns {string | null}
 */
export function normaliseAddress(raw) {
  if (typeof raw !== 'string') return null;
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] ?? '';
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1] ?? '';
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) {
    // One spelling per address: let the URL parser compress it (::0:1 and ::1 are the same host).
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  }
  return null;
}

/**
 * The trusted proxies from a comma-separated list of addresses and CIDR ranges, IPv4 or IPv6.
 * @param {string | undefined} list
 * @returns {BlockList}
 * @throws {Error} naming the first entry that is neither
 */
export function parseTrustedProxies(list) {
  const trusted = new BlockList();
  for (const entry of (list ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [rawAddress = '', prefix, ...rest] = entry.split('/');
    const address = normaliseAddress(rawAddress);
    const family = address === null ? 0 : isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    if (address === null || rest.length > 0 || (bits !== null && (!/^\d{1,3}$/.test(prefix ?? '') || bits > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (such as 10.0.0.0/8 or fd00::/8).`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === null) trusted.addAddress(address, type);
    else trusted.addSubnet(address, bits, type);
  }
  return trusted;
}

/**
 * @param {BlockList} trusted
 * @param {string} address a normalised address
 */
function isTrusted(trusted, address) {
  return trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address. From an untrusted peer that is the peer itself, whatever it wrote. From a
 * trusted proxy, X-Forwarded-For is read from the right, past every trusted hop: the first address
 * not in the list is the client (entries further left are that client's own claims). An entry that
 * is not an address ends the walk at the last address that was written by a trusted hop.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor X-Forwarded-For, as Node hands it over
 * @param {BlockList} trusted
 * @returns {string} an IP address, or "unknown" when the socket has none (already closed)
 */
export function clientAddressOf(peer, forwardedFor, trusted) {
  let client = normaliseAddress(peer);
  if (client === null) return 'unknown';
  const hops = [forwardedFor ?? []].flat().join(',').split(',');
  for (let i = hops.length - 1; i >= 0 && isTrusted(trusted, client); i -= 1) {
    const hop = normaliseAddress(hops[i]);
    if (hop === null) break;
    client = hop;
  }
  return client;
}

/**
 * True when the socket's peer is one of the trusted proxies, whose other headers (X-Request-Id) are
 * believed too.
 * @param {string | undefined} peer the socket's remote address
 * @param {BlockList} trusted
 */
export function isTrustedPeer(peer, trusted) {
  const address = normaliseAddress(peer);
  return address !== null && isTrusted(trusted, address);
}
