import 'server-only';
import type { Answer } from './http';
import { loadPublishedRecord, type PublishedRecord } from '@/lib/data/published-record';
import { SnapshotMemo } from '@/lib/cache/snapshot-memo';
import { countSnapshotLookup, isHearingChanges, publicDataGeneration } from '@/lib/cache/public-caches.mjs';

/**
 * The published record and the open-data answers built from it, kept in this process's memory until
 * a change is announced (lib/cache/change-listener.ts). It holds only what loadPublishedRecord reads:
 * published rows and public facts. On globalThis so that every route's bundle shares one.
 */
const globalForSnapshot = globalThis as typeof globalThis & { openDataSnapshot?: SnapshotMemo<PublishedRecord, Answer> };

export const openDataSnapshot = (globalForSnapshot.openDataSnapshot ??= new SnapshotMemo<PublishedRecord, Answer>(
  { load: loadPublishedRecord, generation: publicDataGeneration, trusted: isHearingChanges, onLookup: countSnapshotLookup },
  // A page of 1 000 rows is about a megabyte; the usual answers are a few kilobytes.
  { maxAnswers: 1000, maxSize: 64 * 1024 * 1024, sizeOf: (answer) => answer.body.length },
));
