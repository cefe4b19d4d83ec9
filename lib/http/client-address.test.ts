import { describe, expect, it } from 'vitest';
import { clientAddressOf, normaliseAddress, parseTrustedProxies } from './client-address.mjs';

const none = parseTrustedProxies('');
const proxies = parseTrustedProxies('10.0.0.0/8, 192.0.2.1, fd00::/8, ::1');

describe('normaliseAddress', () => {
  it('gives one spelling per address', () => {
    expect(normaliseAddress('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(normaliseAddress('::FFFF:198.51.100.7')).toBe('198.51.100.7');
    expect(normaliseAddress(' 198.51.100.7:5678 ')).toBe('198.51.100.7');
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normaliseAddress('2001:DB8:0:0::1')).toBe('2001:db8::1');
  });

  it('refuses what is not an address', () => {
    for (const garbage of ['', 'unknown', 'evil.example', '1.2.3', '1.2.3.4.5', '999.1.1.1', '<script>', '::ffff:nope', undefined, null]) {
      expect(normaliseAddress(garbage)).toBeNull();
    }
  });
});

describe('parseTrustedProxies', () => {
  it('reads addresses and CIDR ranges of both families', () => {
    expect(proxies.check('10.200.3.4', 'ipv4')).toBe(true);
    expect(proxies.check('11.0.0.1', 'ipv4')).toBe(false);
    expect(proxies.check('fd12::5', 'ipv6')).toBe(true);
    expect(proxies.check('::1', 'ipv6')).toBe(true);
    expect(proxies.check('2001:db8::1', 'ipv6')).toBe(false);
  });

  it('stops at a bad entry, naming it', () => {
    for (const bad of ['10.0.0.0/33', 'fd00::/129', 'proxy.example', '10.0.0.0/8/1', '10.0.0.0/x', '10.0.0.0/']) {
      expect(() => parseTrustedProxies(bad)).toThrow(`TRUSTED_PROXIES: "${bad}"`);
    }
  });
});

describe('clientAddressOf', () => {
  it('is the peer when the peer is not a trusted proxy, whatever it wrote', () => {
    expect(clientAddressOf('198.51.100.7', '203.0.113.1', none)).toBe('198.51.100.7');
    expect(clientAddressOf('::ffff:198.51.100.7', '203.0.113.1, 10.0.0.2', proxies)).toBe('198.51.100.7');
    expect(clientAddressOf('2001:db8::7', '10.0.0.2', proxies)).toBe('2001:db8::7');
    expect(clientAddressOf('198.51.100.7', undefined, none)).toBe('198.51.100.7');
  });

  it('reads X-Forwarded-For from the right past trusted hops', () => {
    expect(clientAddressOf('10.0.0.1', '203.0.113.5', proxies)).toBe('203.0.113.5');
    // The client's own claim (left) is passed over: the first untrusted hop from the right is it.
    expect(clientAddressOf('10.0.0.1', '1.1.1.1, 203.0.113.5, 10.3.3.3, 192.0.2.1', proxies)).toBe('203.0.113.5');
    expect(clientAddressOf('::1', '2001:db8::9, fd00::3', proxies)).toBe('2001:db8::9');
    expect(clientAddressOf('::ffff:10.0.0.1', '::ffff:203.0.113.5', proxies)).toBe('203.0.113.5');
    // Repeated headers count as one list, in order.
    expect(clientAddressOf('10.0.0.1', ['1.1.1.1', '203.0.113.5, 10.0.0.9'], proxies)).toBe('203.0.113.5');
  });

  it('is the last trusted hop when nothing untrusted is named or the list turns to garbage', () => {
    expect(clientAddressOf('10.0.0.1', undefined, proxies)).toBe('10.0.0.1');
    expect(clientAddressOf('10.0.0.1', '', proxies)).toBe('10.0.0.1');
    expect(clientAddressOf('10.0.0.1', '10.0.0.2', proxies)).toBe('10.0.0.2');
    expect(clientAddressOf('10.0.0.1', 'evil, 10.0.0.2', proxies)).toBe('10.0.0.2');
    expect(clientAddressOf('10.0.0.1', '203.0.113.5, , 10.0.0.2', proxies)).toBe('10.0.0.2');
    expect(clientAddressOf('10.0.0.1', '<script>alert(1)</script>', proxies)).toBe('10.0.0.1');
  });

  it('is "unknown" without a peer', () => {
    expect(clientAddressOf(undefined, '203.0.113.5', proxies)).toBe('unknown');
  });
});
