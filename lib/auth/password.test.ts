import { describe, expect, it } from 'vitest';
import { hashPassword, passwordSchema, verifyPassword } from './password';

describe('passwords', () => {
  it('are stored as argon2id hashes that only the right password matches', async () => {
    const stored = await hashPassword('korrekt häst batteri häftklammer');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain('häst');
    expect(await verifyPassword(stored, 'korrekt häst batteri häftklammer')).toBe(true);
    expect(await verifyPassword(stored, 'korrekt häst batteri häftklammeR')).toBe(false);
  });

  it('never match a missing or broken hash', async () => {
    expect(await verifyPassword(null, 'vad som helst')).toBe(false);
    expect(await verifyPassword('inte-en-hash', 'vad som helst')).toBe(false);
  });

  it('need at least 12 characters and accept long passphrases without composition rules', () => {
    expect(passwordSchema.safeParse('kort').success).toBe(false);
    expect(passwordSchema.safeParse('bara små bokstäver här').success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(200)).success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });
});
