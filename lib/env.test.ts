import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

const oidc = (issuer: string) => ({ AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_CLIENT_ID: 'client', AUTH_OIDC_CLIENT_SECRET: 'secret' });

describe('configuration', () => {
  it('accepts an identity provider over https, and over http only on this machine', () => {
    expect(readEnv(oidc('https://login.region.example')).AUTH_OIDC_ISSUER).toBe('https://login.region.example');
    expect(readEnv(oidc('http://127.0.0.1:3102')).AUTH_OIDC_ISSUER).toBe('http://127.0.0.1:3102');
    expect(readEnv(oidc('http://localhost:8080')).AUTH_OIDC_ISSUER).toBe('http://localhost:8080');
  });

  it('refuses an identity provider over plain http elsewhere, naming the setting', () => {
    expect(() => readEnv(oidc('http://login.region.example'))).toThrow(/AUTH_OIDC_ISSUER: AUTH_OIDC_ISSUER must be an https:\/\/ address/);
    expect(() => readEnv(oidc('http://127.0.0.1.example.com'))).toThrow(/AUTH_OIDC_ISSUER/);
  });

  it('refuses half an identity-provider setting and a bad proxy switch', () => {
    expect(() => readEnv({ AUTH_OIDC_ISSUER: 'https://login.region.example' })).toThrow(/go together/);
    expect(() => readEnv({ LOCALE_PROXY: 'nej' })).toThrow(/LOCALE_PROXY/);
    expect(readEnv({}).LOCALE_PROXY).toBe('on');
  });
});
