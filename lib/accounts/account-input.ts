import { z } from 'zod';
import { passwordSchema } from '@/lib/auth/password-policy';
import { regionRows } from '@/lib/domain/regions';
import { forbiddenCharacter } from '@/lib/entry/characters';
import { fieldError } from '@/lib/entry/field-error';
import { optionalText, requiredText, rowNumber } from '@/lib/entry/fields';

/**
 * The account forms administrators fill in, checked the same way in the browser and on the server
 * (and by the account command). An editor belongs to exactly one region, an administrator to none; an
 * account signs in with a password, through the identity provider (issuer and subject), or both.
 */

export const ACCOUNT_ROLES = ['editor', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

const regionCodes = regionRows.map((r) => r.code) as [string, ...string[]];
const blankToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

const role = z.enum(ACCOUNT_ROLES, { message: 'choose_one' });
const regionCode = z.preprocess(blankToNull, z.enum(regionCodes, { message: 'choose_one' }).nullable());

export const emailSchema = z
  .string({ message: 'email_invalid' })
  .trim()
  .toLowerCase()
  .max(254, { message: 'email_invalid' })
  .regex(/^[^@\s]+@[^@\s]+$/, { message: 'email_invalid' })
  .refine((email) => forbiddenCharacter(email) === null, { message: 'email_invalid' });

/** An editor has a region and an administrator has none; the message goes to the region field. */
function regionMatchesRole(account: { role: AccountRole; regionCode: string | null }, context: z.RefinementCtx) {
  if (account.role === 'editor' && account.regionCode === null) context.addIssue({ code: 'custom', path: ['regionCode'], message: 'editor_needs_region' });
  if (account.role === 'admin' && account.regionCode !== null) context.addIssue({ code: 'custom', path: ['regionCode'], message: 'admin_has_no_region' });
}

const optionalPassword = z.preprocess((value) => (value === '' || value === null ? undefined : value), passwordSchema.optional());
const optionalIssuer = z
  .preprocess(blankToNull, z.url({ protocol: /^https?$/, message: 'url_invalid' }).max(500, { message: fieldError('text_too_long', { max: 500 }) }).nullable())
  .transform((value) => value ?? null);

export const newAccountInputSchema = z
  .strictObject({
    email: emailSchema,
    name: requiredText(200),
    role,
    regionCode,
    password: optionalPassword,
    oidcIssuer: optionalIssuer,
    oidcSubject: optionalText(255),
  })
  .superRefine((account, context) => {
    regionMatchesRole(account, context);
    if ((account.oidcIssuer === null) !== (account.oidcSubject === null)) {
      context.addIssue({ code: 'custom', path: [account.oidcIssuer === null ? 'oidcIssuer' : 'oidcSubject'], message: 'oidc_pair' });
    }
    if (account.password === undefined && account.oidcSubject === null) {
      context.addIssue({ code: 'custom', path: ['password'], message: 'password_or_identity_needed' });
    }
  });

/** A new account as code passes it (the account command, tests); forms send the same fields as text. */
export interface NewAccountInput {
  email: string;
  name: string;
  role: AccountRole;
  regionCode: string | null;
  password?: string;
  oidcIssuer?: string | null;
  oidcSubject?: string | null;
}

export const accountChangeInputSchema = z
  .strictObject({
    id: z.uuid({ message: 'invalid' }),
    version: z.coerce.number({ message: 'invalid' }).pipe(rowNumber),
    name: requiredText(200),
    role,
    regionCode,
    active: z.enum(['true', 'false'], { message: 'choose_one' }).transform((value) => value === 'true'),
  })
  .superRefine(regionMatchesRole);

