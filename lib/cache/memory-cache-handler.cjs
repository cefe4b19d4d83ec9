/**
 * Next.js cache handler that keeps rendered public pages in this process's memory only.
 * Next's default handler also writes them under .next/, where they would outlive the data they were
 * rendered from: a restart after the database changed (a seed, an import, another PGLITE_DIR) would
 * serve the old page. In memory, a restart always starts from the database. Bounded (least recently
 * used entries go first) because every page is small and there are few of them. Publishing calls
 * revalidatePath('/', 'layout'), which reaches revalidateTag here and drops every page and file; a
 * change announced by another instance drops them through dropPublic (lib/cache/public-caches.mjs),
 * outside any request.
 */
const MAX_ENTRIES = 1000;
// When a tag was revalidated, a page rendered while the change was being committed can be stored just
// after the revalidation that should have replaced it; entries stored within SETTLE_MS after one of
// their tags was revalidated are therefore not trusted, and rendered again.
const SETTLE_MS = 5000;
// Every page and route handler carries this tag (Next's implicit tag of the root layout).
const PUBLIC_TAG = '_N_T_/layout';

/**
 * The entries, when each tag was last revalidated, and hit/miss counts, on globalThis: Next creates a
 * handler per request, and a build bundles this module into each route's server code, so one process
 * holds several copies of it; all of them share one store, which a drop outside any request reaches.
 */
function createStore() {
  const entries = new Map();
  const revalidatedAt = new Map();
  const revalidate = (tags) => {
    const wanted = [tags].flat();
    const now = Date.now();
    for (const tag of wanted) revalidatedAt.set(tag, now);
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.includes(tag))) entries.delete(key);
    }
  };
  return { entries, revalidatedAt, revalidate, counts: { hits: 0, misses: 0 }, dropPublic: () => revalidate(PUBLIC_TAG), size: () => entries.size };
}
const store = (globalThis[Symbol.for('fast-lakarkontakt.page-cache')] ??= createStore());
const { entries, revalidatedAt, counts } = store;

function storedTooSoon(entry) {
  return entry.tags.some((tag) => {
    const at = revalidatedAt.get(tag);
    return at !== undefined && entry.lastModified >= at && entry.lastModified - at < SETTLE_MS;
  });
}

module.exports = class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry || storedTooSoon(entry)) {
      if (entry) entries.delete(key);
      counts.misses += 1;
      return null;
    }
    counts.hits += 1;
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    entries.delete(key);
    // Pages and route handlers carry their tags (among them the path tags revalidatePath uses) in a
    // header of the cached response; fetches name theirs in ctx.
    const headerTags = data?.headers?.['x-next-cache-tags'];
    const tags = [...(ctx?.tags ?? []), ...(typeof headerTags === 'string' ? headerTags.split(',') : [])];
    entries.set(key, { value: data, lastModified: Date.now(), tags });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    store.revalidate(tags);
  }

  resetRequestCache() {}
};
