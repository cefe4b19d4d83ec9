import 'server-only';
import { anyone } from './guard';
import { takeRequest as takeFromBucket } from './internal/limits';

export type { RateRule } from './internal/limits';

/**
 * Takes one request from the client's bucket (lib/data/internal/limits.ts): 0 when it may go ahead,
 * else how many seconds until it may. Every client is counted, signed in or not.
 */
export const takeRequest = anyone(takeFromBucket);
