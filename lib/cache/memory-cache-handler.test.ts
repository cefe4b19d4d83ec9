import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropPublicCaches, publicCacheMetrics, publicDataGeneration } from './public-caches.mjs';

interface Handler {
  get(key: string): Promise<unknown>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}
const MemoryCacheHandler = createRequire(import.meta.url)('./memory-cache-handler.cjs') as new () => Handler;

const page = (tags: string) => ({ kind: 'APP_PAGE', headers: { 'x-next-cache-tags': tags } });

describe('the in-memory page cache', () => {
  afterEach(() => vi.useRealTimers());

  it('drops a page when a tag it carries in its headers is revalidated (what revalidatePath does), and keeps the others', async () => {
    const cache = new MemoryCacheHandler();
    await cache.set('/sv/region/25', page('_N_T_/layout,_N_T_/sv/region/25'));
    await cache.set('/api/map/sv', page('_N_T_/api/map/sv'));
    await cache.revalidateTag('_N_T_/layout');
    expect(await cache.get('/sv/region/25')).toBeNull();
    expect(await cache.get('/api/map/sv')).not.toBeNull();
  });

  it('does not trust a page stored just after a revalidation (it may have been rendered before the change), but keeps one stored later', async () => {
    vi.useFakeTimers();
    const cache = new MemoryCacheHandler();
    await cache.revalidateTag('_N_T_/layout-settle');
    await cache.set('early', page('_N_T_/layout-settle'));
    expect(await cache.get('early')).toBeNull();
    vi.advanceTimersByTime(6000);
    await cache.set('later', page('_N_T_/layout-settle'));
    expect(await cache.get('later')).not.toBeNull();
  });

  it('drops every page and file when a change is announced, outside any request, and counts hits and misses', async () => {
    // Past the settling time of the revalidation above.
    vi.useFakeTimers();
    vi.advanceTimersByTime(6000);
    const cache = new MemoryCacheHandler();
    await cache.set('/sv', page('_N_T_/layout,_N_T_/sv/page'));
    await cache.set('/api/map/en', page('_N_T_/layout,_N_T_/api/map/en/route'));
    const before = publicCacheMetrics();
    const generation = publicDataGeneration();
    expect(await cache.get('/sv')).not.toBeNull();
    dropPublicCaches();
    expect(publicDataGeneration()).toBe(generation + 1);
    expect(await cache.get('/sv')).toBeNull();
    expect(await cache.get('/api/map/en')).toBeNull();
    const after = publicCacheMetrics();
    expect(after.pages.hits - before.pages.hits).toBe(1);
    expect(after.pages.misses - before.pages.misses).toBe(2);
    expect(after.drops - before.drops).toBe(1);
  });
});
