import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, checkActionBody, checkActionHeaders } from './action-guard.mjs';
import { originHeaders, publicOrigin } from './site.mjs';

const site = { siteOrigin: 'https://site.example', actionIds: new Set(['7f00aa']) };
const valid = { origin: 'https://site.example', actionId: '7f00aa', contentLength: '20', contentType: 'multipart/form-data; boundary=----x' };

describe('checkActionHeaders', () => {
  it('lets a form from the site with a known action through', () => {
    expect(checkActionHeaders(valid, site)).toBeNull();
    expect(checkActionHeaders({ ...valid, origin: undefined }, site)).toBeNull();
    expect(checkActionHeaders({ ...valid, contentType: 'multipart/form-data; charset=utf-8; boundary=x' }, site)).toBeNull();
  });

  it('refuses another origin, an unknown action, a body over 1 MB and other formats', () => {
    expect(checkActionHeaders({ ...valid, origin: 'https://evil.example' }, site)?.status).toBe(403);
    expect(checkActionHeaders({ ...valid, origin: 'null' }, site)?.status).toBe(403);
    expect(checkActionHeaders({ ...valid, origin: 'http://site.example' }, site)?.status).toBe(403);
    expect(checkActionHeaders({ ...valid, actionId: 'bogus' }, site)?.status).toBe(404);
    expect(checkActionHeaders({ ...valid, actionId: undefined }, site)?.status).toBe(404);
    expect(checkActionHeaders({ ...valid, contentLength: String(ACTION_BODY_LIMIT + 1) }, site)?.status).toBe(413);
    for (const contentType of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'application/json', 'multipart/form-data', undefined]) {
      expect(checkActionHeaders({ ...valid, contentType }, site)?.status).toBe(415);
    }
  });
});

describe('checkActionBody', () => {
  const part = (name: string, value: string) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const multipart = (...parts: [string, string][]) =>
    checkActionBody(Buffer.from(`${parts.map(([name, value]) => part(name, value)).join('')}--XX--\r\n`), 'multipart/form-data; boundary=XX');

  it('accepts the bodies React sends for a form', async () => {
    expect(await multipart(['_1_locale', 'sv'], ['_1_email', '$x@y'], ['0', '[{"summary":null,"fields":{},"email":""},"$K1"]'])).toBeNull();
    expect(await multipart(['0', '["$undefined","$K1"]'])).toBeNull();
    expect(await multipart(['1', '[[1,2]]'], ['_2_locale', 'sv'], ['0', '[{"d":"$D1970-01-01T00:00:00.000Z","n":"$n12","m":"$Q1"},"$K2"]'])).toBeNull();
  });

  it('refuses broken multipart, rows that are not JSON, arguments without the form and missing rows', async () => {
    expect((await checkActionBody(Buffer.from('this is not multipart'), 'multipart/form-data; boundary=XX'))?.status).toBe(400);
    expect((await multipart(['0', '{broken']))?.status).toBe(400);
    expect((await multipart(['_1_locale', 'sv']))?.status).toBe(400);
    expect((await multipart(['0', '[]']))?.status).toBe(400);
    expect((await multipart(['0', '"$K1"']))?.status).toBe(400);
    expect((await multipart(['0', '["$Q99","$K1"]']))?.status).toBe(400);
    expect((await multipart(['0', '[{"a":"$@1"},"$K2"]']))?.status).toBe(400);
    expect((await multipart(['0', '["$3:x:y","$K1"]']))?.status).toBe(400);
  });
});

describe('the public origin', () => {
  it('defaults to localhost at the port and accepts only an origin', () => {
    expect(publicOrigin(undefined, 3100)).toBe('http://localhost:3100');
    expect(publicOrigin('', undefined)).toBe('http://localhost:3000');
    expect(publicOrigin('https://Site.Example/', 3000)).toBe('https://site.example');
    for (const bad of ['site.example', 'ftp://site.example', 'https://site.example/app', 'https://site.example/?a=1', 'https://u:p@site.example']) {
      expect(() => publicOrigin(bad, 3000)).toThrow('SITE_URL');
    }
  });

  it('is what Host and the forwarded headers say', () => {
    expect(originHeaders('https://site.example')).toEqual({
      host: 'site.example',
      'x-forwarded-host': 'site.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
    });
    expect(originHeaders('http://127.0.0.1:3120')['x-forwarded-port']).toBe('3120');
  });
});
