import { eq } from 'drizzle-orm';
import { createAccount } from '@/lib/data/internal/accounts';
import { runWithTestSession } from '@/tests/support/session';
import type { Database } from '@/lib/db/client';
import { users } from '@/lib/db/schema';

/** Accounts a data-layer test acts as: created once, some deactivated, each called by its key. */

const TEST_PASSWORD = 'ett långt lösenord för testerna';

export interface PersonSpec {
  role: 'admin' | 'editor';
  region: string | null;
  active?: boolean;
}

/** Creates the accounts (e-mail `key@domain`) and fills `people` with their ids. */
export async function createPeople<K extends string>(db: Database, domain: string, specs: Record<K, PersonSpec>, people: Record<K, string>): Promise<void> {
  for (const [key, spec] of Object.entries(specs) as [K, PersonSpec][]) {
    const { id } = await createAccount(db, { email: `${key}@${domain}`, name: `Namn ${key}`, role: spec.role, regionCode: spec.region, password: TEST_PASSWORD }, { id: null, label: 'test' });
    if (spec.active === false) await db.update(users).set({ active: false }).where(eq(users.id, id));
    people[key] = id;
  }
}

/** Runs a data-access call as one of the people (their session cookie), or signed out. */
export function actingAs<K extends string>(people: Record<K, string>) {
  return <T,>(who: K | 'anonymous', fn: () => Promise<T>) => runWithTestSession(who === 'anonymous' ? null : { userId: people[who], sessionVersion: 0 }, fn);
}

/** Who the administrators' functions refuse, and how: signed out, a deactivated administrator, an editor. */
export const REFUSED_AS_ADMIN = [
  ['anonymous', 'unauthenticated'],
  ['deactivated', 'unauthenticated'],
  ['editor', 'forbidden'],
] as const;
