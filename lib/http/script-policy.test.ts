import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Next's own compression middleware, as its server applies it inside the request handler (no types shipped).
// @ts-expect-error -- an untyped module
import compression from 'next/dist/compiled/compression';
import { isNextInlineScript, scriptSources, withScriptPolicy, withScriptSources } from './script-policy.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const NEXT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const NEXT_CHUNK = 'self.__next_f.push([1,"1:I[\\"a\\"]\\n\\u003cb\\u003e"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';
const NEXT_CONFIG_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'";

// Long enough for Next's compression (which leaves bodies under 1 kB alone).
const page = (body: string) => `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>${body}<p>${"text ".repeat(400)}</p></body></html>`;

describe("Next's inline scripts", () => {
  it('recognises exactly its forms, with a JSON argument', () => {
    expect(isNextInlineScript(NEXT_START)).toBe(true);
    expect(isNextInlineScript(NEXT_CHUNK)).toBe(true);
    expect(isNextInlineScript('self.__next_f.push([2,null])')).toBe(true);
    expect(isNextInlineScript(TURBOPACK)).toBe(true);
    for (const text of [
      'alert(1)',
      'self.__next_f.push(1);alert(1)',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)',
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push([1,"x"])//',
      ' self.__next_f.push([1,"x"])',
      'self.__next_f.push("x")',
      'self.__next_f.push()',
      'window.__next_f.push([1,"x"])',
      '(self.__next_f=self.__next_f||[]).push([0]);alert(1)',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({});alert(1);',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":alert(1)});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([1]);',
    ]) {
      expect(isNextInlineScript(text), text).toBe(false);
    }
  });

  it("hashes Next's inline scripts and nothing else", () => {
    const html = page(
      [
        `<script id="_R_">${TURBOPACK}</script>`,
        `<script>${NEXT_START}</script>`,
        `<script>${NEXT_CHUNK}</script>`,
        `<script>${NEXT_CHUNK}</script>`,
        '<script>alert(1)</script>',
        '<script>self.__next_f.push(1);alert(1)</script>',
        '<SCRIPT type="text/javascript">self.__next_f.push([1,"y"])</SCRIPT >',
        '<script type="application/ld+json">{"a":1}</script>',
        '<img src=x onerror="self.__next_f.push([1,\'z\'])">',
      ].join(''),
    );
    expect(scriptSources(html)).toEqual(["'self'", hash(TURBOPACK), hash(NEXT_START), hash(NEXT_CHUNK), hash('self.__next_f.push([1,"y"])')]);
  });

  it('replaces script-src and keeps every other directive', () => {
    expect(withScriptSources(NEXT_CONFIG_POLICY, ["'self'", "'sha256-x'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'",
    );
    expect(withScriptSources("script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors *", ["'self'"])).toBe("script-src 'self' 'unsafe-eval'; frame-ancestors *");
    expect(withScriptSources(undefined, ["'self'"])).toBe("script-src 'self'");
  });
});

describe('withScriptPolicy around a Node handler', () => {
  const html = page(`<script>${NEXT_START}</script><script>${NEXT_CHUNK}</script><script>alert(1)</script><img src=x onerror="alert(2)">`);
  const json = JSON.stringify({ a: '<script>self.__next_f.push([1,"x"])</script>' });
  let server: http.Server;
  let base: string;
  let chunksSeenBeforeEnd = 0;

  beforeAll(async () => {
    const compress = compression();
    server = http.createServer(
      withScriptPolicy((req, res) => {
        res.setHeader('Content-Security-Policy', req.url?.startsWith('/embed/') ? NEXT_CONFIG_POLICY.replace("frame-ancestors 'none'", 'frame-ancestors *') : NEXT_CONFIG_POLICY);
        if (req.url?.includes('gzip')) compress(req, res, () => {});
        if (req.url?.includes('json')) {
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        } else if (req.url?.includes('rsc')) {
          // A stream: its first part must reach the client before the handler ends it.
          res.writeHead(200, { 'Content-Type': 'text/x-component' });
          res.write('0:part one\n');
          const poll = setInterval(() => {
            if (chunksSeenBeforeEnd > 0) {
              clearInterval(poll);
              res.end('1:part two\n');
            }
          }, 10);
        } else {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Content-Length', Buffer.byteLength(html) - 5);
          const middle = Math.floor(html.length / 2);
          res.write(html.slice(0, middle));
          setTimeout(() => res.end(html.slice(middle)), 20);
        }
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (part: Buffer) => {
            parts.push(part);
            if (path.includes('rsc')) chunksSeenBeforeEnd += 1;
          });
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
        })
        .on('error', reject);
    });

  const scriptSrc = (policy: unknown) => String(policy).split('; ').find((d) => d.startsWith('script-src'));

  it("gives an HTML page a policy with hashes of Next's scripts only, the body unchanged and its length right", async () => {
    const { headers, body } = await get('/');
    expect(body.toString()).toBe(html);
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(scriptSrc(headers['content-security-policy'])).toBe(`script-src 'self' ${hash(NEXT_START)} ${hash(NEXT_CHUNK)}`);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(headers['content-security-policy']).not.toContain(hash('alert(1)'));
    expect(headers['content-security-policy']).not.toContain(hash('alert(2)'));
  });

  it('keeps the other directives of each path, such as the embeds’ frame-ancestors', async () => {
    const { headers } = await get('/embed/sv/map');
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(scriptSrc(headers['content-security-policy'])).toBe(`script-src 'self' ${hash(NEXT_START)} ${hash(NEXT_CHUNK)}`);
  });

  it('reads a page Next compressed, and sends it on compressed as it was', async () => {
    const { headers, body } = await get('/gzip', { 'Accept-Encoding': 'gzip' });
    expect(headers['content-encoding']).toBe('gzip');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(zlib.gunzipSync(body).toString()).toBe(html);
    expect(scriptSrc(headers['content-security-policy'])).toBe(`script-src 'self' ${hash(NEXT_START)} ${hash(NEXT_CHUNK)}`);
  });

  it('leaves other responses untouched, and streaming', async () => {
    const { headers, body } = await get('/json');
    expect(body.toString()).toBe(json);
    expect(headers['content-security-policy']).toBe(NEXT_CONFIG_POLICY);

    const rsc = await get('/rsc');
    expect(rsc.body.toString()).toBe('0:part one\n1:part two\n');
    expect(chunksSeenBeforeEnd).toBeGreaterThan(0);
    expect(rsc.headers['content-security-policy']).toBe(NEXT_CONFIG_POLICY);
  });
});
