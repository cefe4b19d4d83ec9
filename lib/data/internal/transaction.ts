import type { Database } from '@/lib/db/client';

/** The handle a transaction's callback gets: reads and writes inside that transaction. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
