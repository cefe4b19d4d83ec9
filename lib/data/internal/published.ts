import { eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The one rule for anything public: only published rows. Every public read in the data-access layer
 * builds its WHERE clause from this, so an unpublished figure cannot reach a public page by omission.
 */
export function publishedOnly(table: { status: AnyPgColumn }) {
  return eq(table.status, 'published');
}
