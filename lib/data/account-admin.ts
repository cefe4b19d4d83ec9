import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { accountChangeInputSchema, newAccountInputSchema } from '@/lib/accounts/account-input';
import { getConnection } from '@/lib/db/client';
import { auditLog, regions, users } from '@/lib/db/schema';
import { adminOnly, adminRead, fail, type Failure, type Result } from './guard';
import { createAccount } from './internal/accounts';
import { appendAudit } from './internal/audit';
import { violatedConstraint } from './internal/constraints';

/**
 * Account administration, for Socialstyrelsen's administrators only (the guard kit checks). Role, region and the active flag take effect on the account's next
 * request (they are read from here on every request); deactivating also ends its sessions, so turning it
 * back on later does not revive an old cookie. The last active administrator cannot be demoted or
 * deactivated. Each change runs in one transaction with its audit entry and names the version it was
 * based on, so two administrators cannot overwrite each other.
 */

type AccountProblem =
  | { kind: 'not_found' }
  | { kind: 'conflict'; current: Record<string, unknown>; changedBy: string | null; changedAt: string | null }
  | { kind: 'last_admin' };

export type AccountFailure = Failure<AccountProblem>;
export type AccountResult = Result<{ id: string }, AccountProblem>;

export interface AccountSummary {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'editor';
  regionCode: string | null;
  regionName: { sv: string; en: string } | null;
  active: boolean;
  version: number;
  createdAt: string;
  lastSignInAt: string | null;
  signsInWith: { password: boolean; identityProvider: boolean };
}

export interface AccountHistoryEntry {
  at: string;
  action: string;
  who: string;
  oldValue: unknown;
  newValue: unknown;
}

const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  regionCode: users.regionCode,
  regionSv: regions.nameSv,
  regionEn: regions.nameEn,
  active: users.active,
  version: users.version,
  createdAt: users.createdAt,
  lastSignInAt: users.lastSignInAt,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  hasIdentity: sql<boolean>`${users.oidcSubject} is not null`,
};

/** Accounts with their region's names; the listing and the single account read the same columns. */
const accountQuery = () => getConnection().db.select(summaryColumns).from(users).leftJoin(regions, eq(regions.code, users.regionCode));
type SummaryRow = Awaited<ReturnType<typeof accountQuery>>[number];

function summary(row: SummaryRow): AccountSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    regionCode: row.regionCode,
    regionName: row.regionSv && row.regionEn ? { sv: row.regionSv, en: row.regionEn } : null,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    signsInWith: { password: row.hasPassword, identityProvider: row.hasIdentity },
  };
}

/** Every account, administrators first, then by region and name. */
export const listAccounts = adminRead(async (): Promise<AccountSummary[]> => {
  const rows = await accountQuery().orderBy(asc(users.role), asc(users.regionCode), asc(users.name));
  return rows.map(summary);
});

/** One account and what administrators have done to it. */
export const getAccount = adminRead(async (_viewer, id: string): Promise<{ account: AccountSummary; history: AccountHistoryEntry[] } | { kind: 'not_found' }> => {
  // Only a well-formed id reaches the uuid column: anything else would be the database's error, not a missing account.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return { kind: 'not_found' };
  const [row] = await accountQuery().where(eq(users.id, id));
  if (!row) return { kind: 'not_found' };
  const history = await getConnection()
    .db
    .select({ at: auditLog.at, action: auditLog.action, who: auditLog.actorLabel, oldValue: auditLog.oldValue, newValue: auditLog.newValue })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id));
  return { account: summary(row), history: history.map((h) => ({ ...h, at: h.at.toISOString() })) };
});

/** A new account, made by the signed-in administrator; an address or identity already in use is named. */
export const createAccountAsAdmin = adminOnly(newAccountInputSchema, async (viewer, input): Promise<AccountResult> => {
  try {
    const { id } = await createAccount(getConnection().db, input, { id: viewer.id, label: viewer.email });
    return { ok: true, id };
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === 'users_email_unique') return fail({ kind: 'invalid', fields: { email: 'email_taken' } });
    if (constraint === 'users_oidc_identity_unique') return fail({ kind: 'invalid', fields: { oidcSubject: 'identity_taken' } });
    throw error;
  }
});

const CHANGEABLE = ['name', 'role', 'regionCode', 'active'] as const;

/** Changes an account's name, role, region or active flag, from the version the administrator saw. */
export const changeAccount = adminOnly(accountChangeInputSchema, async (viewer, change): Promise<AccountResult> => {
  const { db } = getConnection();

  return db.transaction(async (tx): Promise<AccountResult> => {
    // Locking every active administrator first makes two concurrent demotions queue up, so the
    // second one counts what the first left behind.
    const activeAdmins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true)))
      .for('update');
    const [row] = await tx.select().from(users).where(eq(users.id, change.id)).for('update');
    if (!row) return fail({ kind: 'not_found' });
    if (row.version !== change.version) {
      const [last] = await tx
        .select({ who: auditLog.actorLabel, at: auditLog.at })
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, row.id)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      const current = Object.fromEntries(CHANGEABLE.map((field) => [field, row[field]]));
      return fail({ kind: 'conflict', current, changedBy: last?.who ?? null, changedAt: last?.at.toISOString() ?? null });
    }
    const losesAdmin = row.role === 'admin' && row.active && (change.role !== 'admin' || !change.active);
    if (losesAdmin && activeAdmins.length <= 1) return fail({ kind: 'last_admin' });

    const deactivated = row.active && !change.active;
    await tx
      .update(users)
      .set({
        name: change.name,
        role: change.role,
        regionCode: change.regionCode,
        active: change.active,
        version: row.version + 1,
        // A deactivated account's sessions end for good: reactivating it later needs a new sign-in.
        ...(deactivated ? { sessionVersion: row.sessionVersion + 1 } : {}),
      })
      .where(eq(users.id, row.id));

    const oldValue: Record<string, unknown> = {};
    const newValue: Record<string, unknown> = {};
    for (const field of CHANGEABLE) {
      if (row[field] !== change[field]) {
        oldValue[field] = row[field];
        newValue[field] = change[field];
      }
    }
    const action = deactivated ? 'deactivate' : !row.active && change.active ? 'reactivate' : 'update';
    await appendAudit(tx, { actor: { id: viewer.id, label: viewer.email }, action, entity: 'user', entityId: row.id, regionCode: change.regionCode ?? row.regionCode, oldValue, newValue });
    return { ok: true, id: row.id };
  });
});
