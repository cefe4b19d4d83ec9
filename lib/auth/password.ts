import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH } from './password-policy';

export { passwordSchema, PASSWORD_MAX_LENGTH } from './password-policy';

/** Passwords are stored only as argon2id hashes (OWASP's parameters: 19 MiB, 2 iterations). */
// 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Checked when the account does not exist or has no password, so both take as long as a real check.
const UNUSED_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Se/c6h7YCCB1LoJeunWyMw$/Snw/eNaBYiM8ggU7hKkSpLpqRKUNF+iw5p41I2JT6s';

/** True when the password matches; a missing hash still costs one verification and is false. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  try {
    const matches = await verify(passwordHash ?? UNUSED_HASH, password);
    return passwordHash !== null && matches;
  } catch {
    return false;
  }
}
