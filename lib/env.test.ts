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

  it('makes every address from SITE_URL, localhost at the port by default', () => {
    expect(readEnv({}).SITE_URL).toBe('http://localhost:3000');
    expect(readEnv({ PORT: '3120' }).SITE_URL).toBe('http://localhost:3120');
    expect(readEnv({ SITE_URL: 'https://fastlakarkontakt.example.se/' }).SITE_URL).toBe('https://fastlakarkontakt.example.se');
    expect(() => readEnv({ SITE_URL: 'https://fastlakarkontakt.example.se/app' })).toThrow(/SITE_URL: SITE_URL must be the site's public origin/);
  });

  it('sends e-mail only through an smtp:// or smtps:// server, from noreply at the site by default', () => {
    expect(readEnv({}).SMTP_URL).toBeUndefined();
    expect(readEnv({ SMTP_URL: 'smtp://mail.example:587', SITE_URL: 'https://uppfoljning.example' })).toMatchObject({
      SMTP_URL: 'smtp://mail.example:587',
      MAIL_FROM: 'Uppföljning fast läkarkontakt <noreply@uppfoljning.example>',
      MAIL_REMINDER_DAYS: 7,
    });
    expect(() => readEnv({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address/);
    expect(() => readEnv({ MAIL_REMINDER_DAYS: '0' })).toThrow(/MAIL_REMINDER_DAYS/);
  });

  it('refuses a trusted proxy that is neither an address nor a CIDR range', () => {
    expect(readEnv({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toBe('10.0.0.0/8, ::1');
    expect(() => readEnv({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(/TRUSTED_PROXIES: "proxy.example" is not an IP address/);
  });

  it('refuses half an identity-provider setting and a bad proxy switch', () => {
    expect(() => readEnv({ AUTH_OIDC_ISSUER: 'https://login.region.example' })).toThrow(/go together/);
    expect(() => readEnv({ LOCALE_PROXY: 'nej' })).toThrow(/LOCALE_PROXY/);
    expect(readEnv({}).LOCALE_PROXY).toBe('on');
  });
});
