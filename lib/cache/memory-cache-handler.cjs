/**
 * Next.js cache handler that keeps rendered public pages in this process's memory only.
 * Next's default handler also writes them under .next/, where they would outlive the data they were
 * rendered from: a restart after the database changed (a seed, an import, another PGLITE_DIR) would
 * serve the old page. In memory, a restart always starts from the database. Bounded (least recently
 * used entries go first) because every page is small and there are few of them.
 */
const MAX_ENTRIES = 1000;

// Next creates a handler per request, so the entries live at module level, shared by all of them.
const entries = new Map();

module.exports = class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    entries.delete(key);
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const wanted = [tags].flat();
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.includes(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
};
