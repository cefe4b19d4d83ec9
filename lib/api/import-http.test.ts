import { describe, expect, it } from 'vitest';
import { serveImport } from './import-http';

/** What the import endpoint refuses before it asks who is sending (the rest: tests/integration/input-hardening.test.ts). */
describe('POST /api/import, before anything is read', () => {
  it('refuses another site', async () => {
    const request = new Request('http://127.0.0.1:3000/api/import', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', origin: 'https://elak.example', 'content-type': 'multipart/form-data; boundary=x' },
      body: 'x',
    });
    expect((await serveImport(request)).status).toBe(403);
  });
});
