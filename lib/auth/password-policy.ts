import { z } from 'zod';

/**
 * The password policy, shared by the browser's form check and the server: NIST SP 800-63B's minimum
 * length and no composition rules; the upper bound keeps the hashing cost of one request bounded.
 */
const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'password_too_short' })
  .max(PASSWORD_MAX_LENGTH, { message: 'password_too_long' });
