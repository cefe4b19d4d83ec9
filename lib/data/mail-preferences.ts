import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { mailPreferencesInputSchema } from '@/lib/accounts/mail-preferences-input';
import { getConnection } from '@/lib/db/client';
import { mailPreferences } from '@/lib/db/schema';
import { editorOnly, signedIn, type Result } from './guard';

export interface MailChoices {
  optedOut: boolean;
  locale: 'sv' | 'en';
}

/** The signed-in person's own choices (no row: Swedish, and every message). */
export const getMailChoices = signedIn(async (viewer): Promise<MailChoices> => {
  const [row] = await getConnection().db.select().from(mailPreferences).where(eq(mailPreferences.userId, viewer.id));
  return { optedOut: row?.optedOut ?? false, locale: row?.locale === 'en' ? 'en' : 'sv' };
});

/**
 * A region's editor turns e-mail on or off and picks its language, for themselves only (the viewer's
 * own row; no one else's can be named). Editors are the ones the messages go to.
 */
export const saveMailChoices = editorOnly(mailPreferencesInputSchema, async (editor, input): Promise<Result> => {
  const values = { optedOut: input.mail === 'off', locale: input.mailLocale, updatedAt: sql`now()` };
  await getConnection()
    .db.insert(mailPreferences)
    .values({ userId: editor.id, ...values })
    .onConflictDoUpdate({ target: mailPreferences.userId, set: values });
  return { ok: true };
});
