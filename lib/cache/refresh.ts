import 'server-only';
import { revalidatePath } from 'next/cache';
import { dropPublicCaches } from './public-caches.mjs';

/**
 * On-demand refreshing of cached public pages, called by server actions after their write commits.
 * The data-access layer decides what is public; this only tells the cache that it changed.
 * Other instances (and this one, a moment later) hear of it through the change the write announced
 * in its transaction (lib/db/public-change.ts); dropping here too means the writer's own next
 * request never waits for that.
 */

/** Every public page, file and open-data answer: after a publication. */
export function refreshPublicPages(): void {
  revalidatePath('/', 'layout');
  dropPublicCaches();
}
