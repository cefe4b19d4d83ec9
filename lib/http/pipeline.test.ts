import { describe, expect, it } from 'vitest';
import { isReadablePath } from './pipeline.mjs';

describe('isReadablePath', () => {
  it('accepts the paths the site makes, encoded or not', () => {
    for (const path of ['/', '/region/01', '/en/region/25', '/embed/sv/map', '/ordlista', `/${encodeURIComponent('å')}`]) expect(isReadablePath(path), path).toBe(true);
  });

  it('refuses bytes that are not UTF-8 and a percent sign left after decoding', () => {
    for (const path of ['/region/%ED%A0%80', '/region/%FF', '/region/%E', '/region/a%25Fk', '/region/%2525']) expect(isReadablePath(path), path).toBe(false);
  });
});
