import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';

/** Who is signed in is not data: each call of a data-layer test starts a session of its own. */
const SIGN_IN_STATE = ['sessions'];

const fingerprintQueries = new WeakMap<Database, ReturnType<typeof sql.raw>>();

/** Tables whose rows change only when someone writes: counted (and versions summed) before and after a call. */
export async function writeFingerprint(db: Database): Promise<string> {
  let query = fingerprintQueries.get(db);
  if (!query) {
    const tables = rowsOf<{ table_name: string; has_version: boolean }>(
      await db.execute(sql`
        select t.table_name, exists (select 1 from information_schema.columns c where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'version') as has_version
        from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE' order by t.table_name`),
    );
    const parts = tables
      .filter(({ table_name }) => !table_name.startsWith('__drizzle') && !SIGN_IN_STATE.includes(table_name))
      .map(({ table_name, has_version }) => `(select count(*)${has_version ? " || ':' || coalesce(sum(version), 0)" : ''} from "${table_name}")`);
    query = sql.raw(`select concat_ws(',', ${parts.join(', ')}) as f`);
    fingerprintQueries.set(db, query);
  }
  return rowsOf<{ f: string }>(await db.execute(query))[0]!.f;
}

/** Rows of a raw query: PGlite answers { rows }, postgres.js the rows themselves. */
function rowsOf<R>(result: unknown): R[] {
  return (result && typeof result === 'object' && 'rows' in result ? result.rows : result) as R[];
}
