import { describe, expect, it } from 'vitest';
import { serveImport } from './import-http';

/** What the import endpoint refuses before it reads a body or asks who is sending it. */
describe('POST /api/import, before anything is read', () => {
  const post = (headers: Record<string, string>) => serveImport(new Request('http://127.0.0.1:3000/api/import', { method: 'POST', headers: { host: '127.0.0.1:3000', ...headers }, body: 'x' }));

  it('refuses another site, a body of unknown or excessive size, and what is not a form', async () => {
    expect((await post({ origin: 'https://elak.example', 'content-length': '1', 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(403);
    expect((await post({ 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(411);
    const tooLarge = await post({ 'content-length': String(30 * 1024 * 1024), 'content-type': 'multipart/form-data; boundary=x' });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ ok: false, failure: { kind: 'invalid', fields: { file: 'file_too_large' } } });
    expect((await post({ 'content-length': '1', 'content-type': 'application/json' })).status).toBe(415);
  });
});
