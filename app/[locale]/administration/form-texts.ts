import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { EntryFormTexts } from '@/components/entry/entry-form';

/** An administrator's form's texts: its submit button, and error codes from the admin forms and the shared field parsers. */
export async function adminFormTexts(locale: string, submit: string): Promise<EntryFormTexts> {
  const messages = (await getMessages({ locale })) as { entry: { errors: Record<string, string> }; admin: { errors: Record<string, string> } };
  const entry = await getTranslations({ locale, namespace: 'entry' });
  return {
    save: submit,
    saveWithExplanation: submit,
    explanation: entry('explanation'),
    explanationHint: entry('explanationHint'),
    warningsTitle: entry('warningsTitle'),
    warningsIntro: entry('warningsIntro'),
    errors: { ...messages.entry.errors, ...messages.admin.errors },
  };
}
