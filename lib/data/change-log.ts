import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { getConnection } from '@/lib/db/client';
import { publicationItems, publications, regions } from '@/lib/db/schema';
import { publicRead } from './guard';

/**
 * The public change log ("Vad är nytt"): each publication, newest first, with what it made public for
 * which region. Public by construction: an item is written only when its record is published, and
 * holds only the values published then.
 */

export interface ChangeLogEntry {
  /** The publication's number: permanent, so the change log's and feeds' links to it never move. */
  id: number;
  publishedAt: string;
  items: {
    regionCode: string;
    regionName: { sv: string; en: string };
    entity: 'decision' | 'staffing_report';
    change: 'new' | 'correction';
    details: Record<string, unknown>;
  }[];
}

export const listChangeLog = publicRead(async (limit: number = 100): Promise<ChangeLogEntry[]> => {
  const { db } = getConnection();
  const latest = await db.select().from(publications).orderBy(desc(publications.publishedAt), desc(publications.id)).limit(limit);
  if (latest.length === 0) return [];
  const items = await db
    .select({ item: publicationItems, nameSv: regions.nameSv, nameEn: regions.nameEn })
    .from(publicationItems)
    .innerJoin(regions, eq(regions.code, publicationItems.regionCode))
    .where(inArray(publicationItems.publicationId, latest.map((p) => p.id)))
    .orderBy(asc(publicationItems.regionCode), asc(publicationItems.id));
  return latest.map((publication) => ({
    id: publication.id,
    publishedAt: publication.publishedAt.toISOString(),
    items: items
      .filter(({ item }) => item.publicationId === publication.id)
      .map(({ item, nameSv, nameEn }) => ({
        regionCode: item.regionCode,
        regionName: { sv: nameSv, en: nameEn },
        entity: item.entity as 'decision' | 'staffing_report',
        change: item.change as 'new' | 'correction',
        details: item.details,
      })),
  }));
});
