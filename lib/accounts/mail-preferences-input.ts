import { z } from 'zod';

/** A person's choices about e-mail, from the account page: whether to get it, and in which language. */
export const mailPreferencesInputSchema = z.strictObject({
  mail: z.enum(['on', 'off'], { message: 'choose_one' }),
  mailLocale: z.enum(['sv', 'en'], { message: 'choose_one' }),
});
