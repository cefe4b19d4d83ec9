import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * On-demand refreshing of cached public pages, called by server actions after their write commits.
 * The data-access layer decides what is public; this only tells the cache that it changed.
 */

/** Every public page and file: after a publication. */
export function refreshPublicPages(): void {
  revalidatePath('/', 'layout');
}
